// A field of an immutable tuple.
fn main() {
    let t = (1, 2);
    t.0 = 5;
    println!("{:?}", t);
}
