// A failing assert_eq! prints the left/right Debug values on indented lines.
fn check(x: i32) {
    assert_eq!(x, 2);
}
fn main() {
    check(2);
    check(1);
}
