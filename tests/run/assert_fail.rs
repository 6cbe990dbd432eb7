// A failing assert! prints "assertion failed: " followed by the condition's source text.
fn check(x: i32) {
    assert!(x == 2);
}
fn main() {
    check(2);
    println!("first passed");
    check(1);
}
