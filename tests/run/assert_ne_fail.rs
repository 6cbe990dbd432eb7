// A failing assert_ne! prints "assertion `left != right` failed" and both values.
fn get() -> &'static str {
    "a"
}
fn main() {
    let s = get();
    assert_ne!(s, "b");
    assert_ne!(s, "a");
}
