// >>= by a negative i32 amount panics with "attempt to shift right with overflow".
fn sh(mut x: u16, n: i32) -> u16 {
    x >>= n;
    x
}
fn main() {
    println!("{}", sh(0x8000, 15));
    println!("{}", sh(0x8000, -1));
}
