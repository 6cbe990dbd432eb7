// owl-flags: -O
// Release build: assert! and assert_eq! are still checked (only debug_assert! is removed).
fn check(x: u32) {
    assert_eq!(x % 2, 0, "odd: {}", x);
    assert!(x < 10);
}
fn main() {
    check(4);
    println!("4 ok");
    check(12);
}
