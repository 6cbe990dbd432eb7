// Bindings from a tuple pattern are immutable too.
fn main() {
    let t = (1, 2);
    let (x, y) = t;
    println!("{}", x);
    x = 4;
    println!("{} {}", x, y);
}
