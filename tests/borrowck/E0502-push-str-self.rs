// Appending a String to itself: the argument borrows what the call mutates.
fn main() {
    let mut s = String::from("x");
    let r = &s;
    s.push_str(r);
}
