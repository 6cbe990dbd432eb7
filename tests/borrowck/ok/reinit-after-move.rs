// A moved-from `let mut` variable becomes usable again once reassigned.
fn main() {
    let mut s = String::from("first");
    let t = s;
    s = String::from("second");
    println!("{} {}", s, t);
}
