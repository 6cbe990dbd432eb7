// Reassigning a String: rustc points at the place only.
fn main() {
    let s = String::from("a");
    println!("{}", s);
    s = String::from("b");
    println!("{}", s);
}
