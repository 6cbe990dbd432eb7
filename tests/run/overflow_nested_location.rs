// In a + b * 2 the multiplication overflows first; the location is the start of `b`.
fn f(a: i32, b: i32) -> i32 {
    a + b * 2
}
fn main() {
    println!("{}", f(1, 2));
    println!("{}", f(1, i32::MAX));
}
