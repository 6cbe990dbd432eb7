// owl-flags: -O
// Release build: left shift amounts are masked to bits-1 (1i32 << 32 == 1, 1 << 99 == 8).
fn shl32(a: i32, n: u32) -> i32 {
    a << n
}
fn shl8(a: u8, n: u32) -> u8 {
    a << n
}
fn shl64(a: u64, n: i32) -> u64 {
    a << n
}
fn main() {
    println!("{}", shl32(1, 32));
    println!("{}", shl32(1, 99));
    println!("{}", shl8(1, 9));
    println!("{}", shl8(3, 8));
    println!("{}", shl64(1, -1));
    println!("{}", shl64(1, 64));
}
