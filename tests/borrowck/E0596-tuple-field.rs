// A field of an immutable tuple.
fn main() {
    let u = (String::new(), 1);
    u.0.push('c');
    println!("{:?}", u);
}
