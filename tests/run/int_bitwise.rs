// Bitwise & | ^ ! on signed and unsigned integers of several widths.
fn main() {
    println!("{} {} {}", 0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010);
    println!("{} {} {}", !0u8, !0i32, !5i64);
    println!("{} {}", !u32::MAX, !i16::MIN);
    println!("{:#x}", 0xf0f0u16 & !0xff00u16);
    println!("{}", -1i8 & 0x7f);
    println!("{}", i64::MIN | 1);
    println!("{}", 0xffu8 ^ 0x0f);
    println!("{}", !0u128);
    println!("{}", 6 & 3 | 8 ^ 1);
    let mut m = 0u32;
    m |= 1;
    m |= 4;
    m &= 5;
    m ^= 0xff;
    println!("{}", m);
}
