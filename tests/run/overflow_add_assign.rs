// Debug build: += overflow panics at the start of the compound assignment.
fn bump(mut x: u8, n: u8) -> u8 {
    for _ in 0..n {
        x += 100;
        println!("x = {}", x);
    }
    x
}
fn main() {
    println!("{}", bump(0, 5));
}
