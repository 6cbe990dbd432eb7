// Debug build: i32 addition overflow panics with "attempt to add with overflow" at the expression start.
fn add(a: i32, b: i32) -> i32 {
    a + b
}
fn main() {
    println!("{}", add(i32::MAX - 1, 1));
    println!("{}", add(i32::MAX, 1));
    println!("not reached");
}
