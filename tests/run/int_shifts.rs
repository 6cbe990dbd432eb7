// Shifts: << and >> in range, arithmetic right shift for signed, logical for unsigned, mixed types.
fn main() {
    println!("{} {} {}", 1 << 4, 256 >> 3, 1u64 << 63);
    println!("{} {}", -16i32 >> 2, -1i32 >> 31);
    println!("{} {}", 0x80u8 >> 7, 0x80u8 << 0);
    println!("{}", (-128i8) >> 7);
    println!("{}", 1i128 << 127);
    println!("{}", u128::MAX >> 100);
    println!("{}", 1u8 << 3u64);
    println!("{}", 1000i64 >> 2i8);
    let mut x = 3u16;
    x <<= 14;
    println!("{}", x);
    x >>= 15;
    println!("{}", x);
    println!("{}", 1 << 2 + 1);
    println!("{}", (1 << 2) + 1);
}
