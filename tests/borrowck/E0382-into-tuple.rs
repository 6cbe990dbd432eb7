// Moving a String into a tuple.
fn main() {
    let c = String::from("c");
    let d = (c, 1);
    println!("{} {:?}", c.len(), d);
}
