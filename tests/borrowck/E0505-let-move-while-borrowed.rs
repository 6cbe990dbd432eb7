// `let t = s;` while `&s` is alive.
fn main() {
    let s = String::from("a");
    let r = &s;
    let t = s;
    println!("{} {}", r, t);
}
