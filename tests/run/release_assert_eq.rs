// owl-flags: -O
// Release build: assert_ne! failures still report both values.
fn id(x: u64) -> u64 {
    x
}
fn main() {
    assert_ne!(id(1), 2);
    println!("first ok");
    assert_ne!(id(3), 3);
}
