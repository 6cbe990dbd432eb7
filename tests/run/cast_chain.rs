// Chains of casts and casts inside arithmetic, with as binding tighter than binary operators.
fn main() {
    println!("{}", -1i32 as u8 as i32);
    println!("{}", 300i32 as u8 as char);
    println!("{}", 3.7f64 as i32 as f64);
    println!("{}", 1 + 2u8 as i32 * 3);
    println!("{}", -5i32 as u32 as u64);
    println!("{}", -5i32 as i64 as u64);
    println!("{}", 'z' as u8 as i8);
    let x: u16 = 0xabcd;
    println!("{:#x} {:#x}", x as u8, (x >> 8) as u8);
    println!("{}", (257.9f64 as u8) as f32);
    println!("{}", 1e10 as i32 as i64 + 1);
}
