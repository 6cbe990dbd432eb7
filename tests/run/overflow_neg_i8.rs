// Negating i8::MIN panics; the location points at the `-` inside a larger expression.
fn f(a: i8, b: i8) -> i8 {
    b + -a
}
fn main() {
    println!("{}", f(-127, 0));
    println!("{}", f(i8::MIN, 0));
}
