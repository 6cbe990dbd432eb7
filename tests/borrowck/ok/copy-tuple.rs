// Tuples of Copy types are Copy: both stay usable.
fn main() {
    let a = (1, 2.5, 'x', true);
    let b = a;
    println!("{:?} {:?}", a, b);
}
