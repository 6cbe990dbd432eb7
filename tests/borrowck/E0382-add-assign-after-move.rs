// `+=` borrows its left side mutably.
fn main() {
    let mut s = String::from("a");
    let t = s;
    s += "b";
    println!("{} {}", s, t);
}
