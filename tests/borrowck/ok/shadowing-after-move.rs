// A new `let` with the same name is a new variable.
fn main() {
    let s = String::from("old");
    let t = s;
    let s = String::from("new");
    println!("{} {}", s, t);
}
