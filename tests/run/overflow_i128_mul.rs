// i128 multiplication overflow panics in debug builds.
fn mul(a: i128, b: i128) -> i128 {
    a * b
}
fn main() {
    println!("{}", mul(i128::MAX, 1));
    println!("{}", mul(i128::MIN, -1));
}
