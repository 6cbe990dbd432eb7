// Borrowing an uninitialised String.
fn main() {
    let p: String;
    let q = &p;
    println!("{}", q);
}
