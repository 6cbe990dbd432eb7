// Borrows of different fields of a tuple do not conflict.
fn main() {
    let mut t = (String::from("a"), String::from("b"), 0);
    let a = &mut t.0;
    let b = &t.1;
    t.2 += 1;
    a.push_str(b);
    println!("{:?}", t);
}
