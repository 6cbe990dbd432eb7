// `+=` assigns too.
fn main() {
    let x = 5;
    x += 1;
    println!("{}", x);
}
