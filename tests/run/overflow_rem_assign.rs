// %= with i8::MIN and -1 panics with "attempt to calculate the remainder with overflow".
fn m(mut x: i8, d: i8) -> i8 {
    x %= d;
    x
}
fn main() {
    println!("{}", m(-7, 3));
    println!("{}", m(i8::MIN, -1));
}
