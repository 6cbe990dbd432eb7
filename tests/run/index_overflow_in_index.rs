// Computing an index with usize arithmetic that underflows panics before the bounds check.
fn prev(a: [u8; 3], i: usize) -> u8 {
    a[i - 1]
}
fn main() {
    let a = [7, 8, 9];
    println!("{}", prev(a, 3));
    println!("{}", prev(a, 0));
}
