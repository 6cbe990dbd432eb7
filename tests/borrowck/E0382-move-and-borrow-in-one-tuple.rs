// `(s, &s)` moves s before it borrows it.
fn main() {
    let s = String::from("a");
    let t = (s, &s);
    println!("{:?}", t);
}
