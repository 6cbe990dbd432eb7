// <<= by 99 panics with "attempt to shift left with overflow".
fn sh(mut x: i64, n: u32) -> i64 {
    x <<= n;
    x
}
fn main() {
    println!("{}", sh(1, 62));
    println!("{}", sh(1, 99));
}
