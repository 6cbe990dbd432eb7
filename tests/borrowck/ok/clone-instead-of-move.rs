// Cloning keeps the original.
fn main() {
    let s = String::from("keep");
    let t = s.clone();
    println!("{} {}", s, t);
}
