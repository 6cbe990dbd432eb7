// After drop(s), s is gone.
fn main() {
    let s = String::from("gone");
    drop(s);
    println!("{}", s.len());
}
