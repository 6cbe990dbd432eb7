// Assigning one field of a tuple forgets the whole tuple: accepted, panics.
fn main() {
    let mut t = (1, i32::MAX);
    t.0 = 2;
    let s = t.1 + 1;
    println!("{} {}", t.0, s);
}
