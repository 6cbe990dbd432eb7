// Destructuring copies Copy fields and moves the rest.
fn main() {
    let t = (String::from("s"), 7);
    let (s, n) = t;
    println!("{} {} {}", s, n, t.1);
}
