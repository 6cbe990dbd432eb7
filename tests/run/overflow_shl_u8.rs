// Shifting a u8 by 8 panics; shifting out set bits within range does not.
fn shl(a: u8, n: u8) -> u8 {
    a << n
}
fn main() {
    println!("{}", shl(0xff, 7));
    println!("{}", shl(1, 8));
}
