// `x = x + 1` on a u8 255 that println! borrows: accepted, panics.
fn main() {
    let mut x: u8 = 255;
    x = x + 1;
    println!("{}", x);
}
