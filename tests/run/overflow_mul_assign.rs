// Debug build: *= overflow on an i16 panics with "attempt to multiply with overflow".
fn grow(mut x: i16) -> i16 {
    while x != 0 {
        x *= 10;
        println!("{}", x);
    }
    x
}
fn main() {
    grow(7);
}
