// Declared without a value, assigned twice.
fn main() {
    let x;
    x = 1;
    println!("{}", x);
    x = 2;
    println!("{}", x);
}
