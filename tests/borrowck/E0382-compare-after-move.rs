// Comparison borrows both sides.
fn main() {
    let c = String::from("c");
    let d = c;
    let e = c == d;
    println!("{}", e);
}
