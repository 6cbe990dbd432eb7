// Assigning to a field of a moved tuple.
fn main() {
    let mut t = (String::from("a"), String::from("b"));
    let u = t;
    t.0 = String::from("c");
    println!("{:?} {:?}", u, t);
}
