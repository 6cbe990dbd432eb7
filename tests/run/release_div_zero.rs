// owl-flags: -O
// Release build: division by zero still panics with "attempt to divide by zero".
fn div(a: u32, b: u32) -> u32 {
    a / b
}
fn main() {
    println!("{}", div(9, 3));
    println!("{}", div(9, 0));
}
