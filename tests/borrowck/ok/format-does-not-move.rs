// println! and format! only borrow their arguments.
fn main() {
    let s = String::from("fmt");
    let t = format!("{}{}", s, s);
    println!("{} {} {s}", s, t);
    let u = s;
    println!("{}", u);
}
