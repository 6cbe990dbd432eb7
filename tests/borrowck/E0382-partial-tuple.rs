// After moving a field out of a tuple, the tuple as a whole is partially moved.
fn main() {
    let t = (String::from("a"), String::from("b"));
    let a = t.0;
    println!("{}", a);
    let u = t;
    println!("{:?}", u);
}
