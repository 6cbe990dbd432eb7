// An overflowing binary expression split over lines is located at its left operand's line and column.
fn f(x: u32, y: u32) -> u32 {
    let r = x
        + y;
    r
}
fn main() {
    println!("{}", f(1, 2));
    println!("{}", f(u32::MAX,
        1));
}
