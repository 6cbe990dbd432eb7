// Moving a String into an array.
fn main() {
    let e = String::from("e");
    let f = [e, String::new()];
    let g = e.clone();
    println!("{:?} {}", f, g);
}
