// A failing assert! with a custom formatted message prints only that message.
fn check(x: i32) {
    assert!(x == 2, "x was {}", x);
}
fn main() {
    check(1);
}
