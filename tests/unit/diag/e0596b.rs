fn add(s: &String) {
    s.push_str("!");
}
fn main() {
    let mut s = String::new();
    add(&s);
    println!("{}", s);
}
