// Taking a reference to x makes it unknown even before the borrow: accepted, panics.
fn main() {
    let x = i32::MAX;
    let y = x + 1;
    let r = &x;
    println!("{} {}", y, r);
}
