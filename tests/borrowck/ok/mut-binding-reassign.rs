// `let mut` may be assigned again.
fn main() {
    let mut x = 5;
    println!("{}", x);
    x = 6;
    x += 1;
    println!("{}", x);
}
