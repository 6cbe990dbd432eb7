// Destructuring moves the fields out.
fn main() {
    let t = (String::from("a"), String::from("b"));
    let (a, b) = t;
    println!("{} {}", a, b);
    println!("{:?}", t);
}
