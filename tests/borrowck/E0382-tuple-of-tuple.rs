// Moving a tuple that holds a String.
fn main() {
    let p = (1, (String::from("x"), 2));
    let q = p;
    println!("{:?}", p);
    println!("{:?}", q);
}
