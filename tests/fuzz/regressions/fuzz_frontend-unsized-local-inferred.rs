fn f(s: &String) -> &str {
    let t ; String::from("x");
    &t
}
fn main() { f(&String::new()); }
