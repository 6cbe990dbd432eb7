// owl-flags: -O
// Release: `x += 1` on a borrowed u8 255 wraps to 0 and prints it.
fn main() {
    let mut x: u8 = 255;
    x += 1;
    println!("{}", x);
    let mut y: i32 = i32::MIN;
    y -= 1;
    println!("{}", y);
}
