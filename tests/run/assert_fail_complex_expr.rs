// assert! on a complex expression: the message reproduces the tokens as stringify! writes them.
fn check(a: i32, b: i32) {
    assert!(a + b * 2 < 10 && !(a == b) || a>100);
}
fn main() {
    check(1, 2);
    check(5, 5);
}
