// `+=` on a borrowed integer.
fn main() {
    let mut x = 1;
    let r = &x;
    x += 1;
    println!("{} {}", r, x);
}
