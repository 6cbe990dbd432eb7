// owl-flags: -O
// Release build: u128 and i128 arithmetic wraps at 128 bits.
fn add(a: u128, b: u128) -> u128 {
    a + b
}
fn mul(a: i128, b: i128) -> i128 {
    a * b
}
fn main() {
    println!("{}", add(u128::MAX, 1));
    println!("{}", add(u128::MAX, u128::MAX));
    println!("{}", mul(i128::MAX, 2));
    println!("{}", mul(i128::MIN, -1));
}
