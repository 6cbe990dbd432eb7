// owl-flags: -O
// Release build: subtraction below the minimum wraps (0u8 - 1 = 255, i16::MIN - 1 = i16::MAX).
fn sub_u8(a: u8, b: u8) -> u8 {
    a - b
}
fn sub_i16(a: i16, b: i16) -> i16 {
    a - b
}
fn sub_usize(a: usize, b: usize) -> usize {
    a - b
}
fn main() {
    println!("{}", sub_u8(0, 1));
    println!("{}", sub_i16(i16::MIN, 1));
    println!("{}", sub_usize(0, 1));
    println!("{}", sub_usize(3, 10));
}
