// Copying a whole tuple loses its fields' values: accepted, panics.
fn main() {
    let t = (i32::MAX, 1);
    let u = t;
    println!("{}", u.0 + u.1);
}
