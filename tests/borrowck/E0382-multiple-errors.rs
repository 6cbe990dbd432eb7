// Several errors in one function are all reported, in source order.
fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let c = a;
    let d = b;
    println!("{}", b);
    println!("{}", a);
    println!("{} {}", c, d);
}
