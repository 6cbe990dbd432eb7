// After moving one field, the other fields are still usable.
fn main() {
    let p = (String::from("a"), 5, String::from("c"));
    let q = p.0;
    println!("{} {} {}", q, p.1, p.2);
}
