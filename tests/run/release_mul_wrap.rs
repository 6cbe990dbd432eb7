// owl-flags: -O
// Release build: multiplication keeps the low bits (i64::MAX * 2 = -2, u32 squares wrap).
fn mul_i64(a: i64, b: i64) -> i64 {
    a * b
}
fn mul_u32(a: u32, b: u32) -> u32 {
    a * b
}
fn mul_i8(a: i8, b: i8) -> i8 {
    a * b
}
fn main() {
    println!("{}", mul_i64(i64::MAX, 2));
    println!("{}", mul_u32(100000, 100000));
    println!("{}", mul_i8(-128, -1));
    println!("{}", mul_i8(16, 16));
    println!("{}", mul_i64(i64::MIN, -1));
}
