// A failing assert_eq! with a message appends it after "failed: ".
fn main() {
    let x = one();
    assert_eq!(x + 1, 3, "math is {}", "hard");
}
fn one() -> i32 {
    1
}
