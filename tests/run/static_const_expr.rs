// static and const initialisers computed from constant expressions referring to other constants.
const BASE: u32 = 10;
const SQUARE: u32 = BASE * BASE;
static CUBE: u32 = SQUARE * BASE;
const MASK: u8 = !0 << 4;
const NEG: i32 = -(BASE as i32) - 1;
const SHIFTED: u64 = 1 << 40;
static MIXED: (u32, bool) = (SQUARE + 1, SQUARE > 50);
const FLOAT: f64 = 1.0 / 4.0;
const ARR: [u32; 3] = [BASE, SQUARE, BASE + SQUARE];
fn main() {
    println!("{} {} {}", BASE, SQUARE, CUBE);
    println!("{:#b} {} {}", MASK, NEG, SHIFTED);
    println!("{:?} {} {:?}", MIXED, FLOAT, ARR);
}
