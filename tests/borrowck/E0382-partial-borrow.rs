// Reading the other field is fine; borrowing the whole tuple is not.
fn main() {
    let p = (String::from("a"), 5);
    let q = p.0;
    println!("{} {}", q, p.1);
    println!("{:?}", p);
}
