// Assigning a new String to a borrowed one: the old value's drop is part of
// the assignment, so rustc reports the assignment once (E0506), not a drop.
fn main() {
    let mut t = String::from("a");
    let q = &t;
    t = String::from("b");
    println!("{} {}", q, t);
}
