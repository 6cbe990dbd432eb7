// owl-flags: -O
// Release build: right shift amounts are masked; a negative amount -1 becomes bits-1.
fn shr_u32(a: u32, n: u32) -> u32 {
    a >> n
}
fn shr_i64(a: i64, n: i64) -> i64 {
    a >> n
}
fn shr_i16(a: i16, n: u8) -> i16 {
    a >> n
}
fn main() {
    println!("{}", shr_u32(1, 40));
    println!("{}", shr_u32(256, 40));
    println!("{}", shr_i64(1, -1));
    println!("{}", shr_i64(-8, -1));
    println!("{}", shr_i64(i64::MIN, 65));
    println!("{}", shr_i16(-32768, 17));
}
