// Through a `&` made by `let`.
fn main() {
    let s = String::from("a");
    let r = &s;
    r.push('b');
    println!("{}", r);
}
