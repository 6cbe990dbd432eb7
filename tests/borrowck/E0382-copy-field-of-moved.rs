// A Copy field of a moved tuple is moved with it.
fn main() {
    let t = (String::from("a"), 7);
    let u = t;
    let n = t.1;
    println!("{:?} {}", u, n);
}
