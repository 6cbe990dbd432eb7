// Destructuring with `_` moves only the named field.
fn main() {
    let t = (String::from("a"), String::from("b"));
    let (a, _) = t;
    println!("{}", a);
    println!("{}", t.0);
}
