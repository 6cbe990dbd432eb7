// drop(s) ends s; a new s is fine.
fn main() {
    let s = String::from("one");
    drop(s);
    let s = String::from("two");
    println!("{}", s);
}
