// Integer remainder by zero panics with "attempt to calculate the remainder with a divisor of zero".
fn rem(a: u64, b: u64) -> u64 {
    a % b
}
fn main() {
    println!("{}", rem(10, 3));
    println!("{}", rem(10, 0));
}
