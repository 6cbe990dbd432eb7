// A binding declared without a value and never assigned.
fn main() {
    let x: i32;
    println!("{}", x);
}
