// A field of a moved tuple is moved too.
fn main() {
    let w = (String::from("a"), String::from("b"));
    let x = w;
    println!("{}", w.1);
    println!("{:?}", x);
}
