// `x /= -1` reads x after the zero check's block has ended: accepted, panics (unlike `let y = x / -1`).
fn main() {
    let mut x = i32::MIN;
    x /= -1;
    let y = x;
    println!("{}", y);
}
