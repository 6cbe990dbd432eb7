// u128 addition overflow panics in debug builds.
fn add(a: u128, b: u128) -> u128 {
    a + b
}
fn main() {
    println!("{}", add(u128::MAX - 1, 1));
    println!("{}", add(u128::MAX, 1));
}
