// owl-flags: -O
// Release build: i32::MIN / -1 still panics with "attempt to divide with overflow".
fn div(a: i32, b: i32) -> i32 {
    a / b
}
fn main() {
    println!("{}", div(i32::MIN, 2));
    println!("{}", div(i32::MIN, -1));
}
