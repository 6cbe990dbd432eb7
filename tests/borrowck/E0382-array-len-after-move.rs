// `a.len()` on an array is a constant, but rustc still borrows the array
// to call it: after a move that is a borrow of a moved value.
fn main() {
    let a = [String::new(), String::new()];
    let b = a;
    println!("{} {}", a.len(), b.len());
}
