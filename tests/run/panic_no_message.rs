// panic!() without arguments prints "explicit panic".
fn main() {
    println!("before");
    panic!();
}
