// owl-flags: -O
// Release build: integer addition wraps around instead of panicking (i32, u8, i8, u64).
fn add_i32(a: i32, b: i32) -> i32 {
    a + b
}
fn add_u8(a: u8, b: u8) -> u8 {
    a + b
}
fn add_i8(a: i8, b: i8) -> i8 {
    a + b
}
fn add_u64(a: u64, b: u64) -> u64 {
    a + b
}
fn main() {
    println!("{}", add_i32(i32::MAX, 1));
    println!("{}", add_i32(i32::MIN, -1));
    println!("{}", add_u8(255, 1));
    println!("{}", add_u8(200, 100));
    println!("{}", add_i8(127, 127));
    println!("{}", add_u64(u64::MAX, 2));
}
