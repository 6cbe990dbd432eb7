// `+=` borrows mutably.
fn main() {
    let mut s = String::from("x");
    let r = &s;
    s += "y";
    println!("{}", r);
}
