// Moving Strings between variables and reassigning a mut String drops the old value (no leak).
fn main() {
    let a = String::from("first");
    let b = a;
    println!("{}", b);
    let mut c = String::from("old");
    println!("{}", c);
    c = String::from("new value");
    println!("{} cap={}", c, c.capacity());
    c = b;
    println!("{}", c);
    let mut d = String::new();
    for i in 0..3 {
        d = format!("{}{}", d, i);
    }
    println!("{}", d);
}
