// A failing assert_ne! with a custom message on floats.
fn half(x: f64) -> f64 {
    x / 2.0
}
fn main() {
    let v = half(3.0);
    assert_ne!(v, 1.5, "expected {} to differ", v);
}
