// owl-flags: -O
// Release build: remainder by zero still panics.
fn rem(a: i16, b: i16) -> i16 {
    a % b
}
fn main() {
    println!("{}", rem(-9, 4));
    println!("{}", rem(9, 0));
}
