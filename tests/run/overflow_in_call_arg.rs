// An overflow inside a call argument is reported at the argument expression, not the call.
fn show(v: i32) {
    println!("{}", v);
}
fn run(a: i32, b: i32) {
    show(a - b);
    show(b - a);
    show(0);
}
fn main() {
    run(5, 3);
    run(i32::MIN, 1);
}
