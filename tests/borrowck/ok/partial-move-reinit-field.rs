// A moved-out field can be put back, making the tuple whole again.
fn main() {
    let mut t = (String::from("a"), String::from("b"));
    let a = t.0;
    t.0 = String::from("again");
    println!("{} {:?}", a, t);
}
