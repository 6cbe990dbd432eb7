// Debug build: u8 subtraction below zero panics with "attempt to subtract with overflow".
fn sub(a: u8, b: u8) -> u8 {
    a - b
}
fn main() {
    println!("{}", sub(5, 5));
    println!("{}", sub(0, 1));
}
