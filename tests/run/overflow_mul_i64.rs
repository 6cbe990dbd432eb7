// Debug build: i64 multiplication overflow panics with "attempt to multiply with overflow".
fn mul(a: i64, b: i64) -> i64 {
    a * b
}
fn main() {
    println!("{}", mul(3037000499, 3037000499));
    println!("{}", mul(i64::MAX, 2));
}
