// MIN and MAX of every unsigned integer type, printed with Display and Debug.
fn main() {
    println!("u8    {} {}", u8::MIN, u8::MAX);
    println!("u16   {} {}", u16::MIN, u16::MAX);
    println!("u32   {} {}", u32::MIN, u32::MAX);
    println!("u64   {} {}", u64::MIN, u64::MAX);
    println!("u128  {} {}", u128::MIN, u128::MAX);
    println!("usize {} {}", usize::MIN, usize::MAX);
    println!("{:?} {:?}", u8::MAX, u128::MAX);
}
