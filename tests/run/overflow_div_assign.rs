// /= by a zero divisor panics with "attempt to divide by zero" at the compound assignment.
fn shrink(mut x: i32, d: i32) -> i32 {
    x /= d + 1;
    println!("{}", x);
    x /= d;
    x
}
fn main() {
    println!("{}", shrink(100, 0));
}
