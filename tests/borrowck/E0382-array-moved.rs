// An array of Strings is not Copy.
fn main() {
    let a = [String::from("x"), String::from("y")];
    let b = a;
    println!("{:?}", a);
    println!("{:?}", b);
}
