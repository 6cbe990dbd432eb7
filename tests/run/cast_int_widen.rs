// Widening integer casts: sign extension from signed sources, zero extension from unsigned ones.
fn main() {
    let a: i8 = -1;
    println!("{} {} {} {}", a as i16, a as i32, a as i64, a as i128);
    println!("{} {} {} {}", a as u16, a as u32, a as u64, a as u128);
    let b: u8 = 255;
    println!("{} {} {}", b as i16, b as i32, b as u64);
    let c: i32 = i32::MIN;
    println!("{} {} {}", c as i64, c as u64, c as i128);
    let d: u32 = u32::MAX;
    println!("{} {}", d as i64, d as u128);
    println!("{} {}", -5isize as usize, -5i64 as u128);
    println!("{}", usize::MAX as i128);
}
