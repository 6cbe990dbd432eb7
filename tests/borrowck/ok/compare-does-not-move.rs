// Comparisons borrow.
fn main() {
    let a = String::from("x");
    let b = String::from("x");
    let same = a == b;
    println!("{} {} {}", same, a, b);
}
