// Integer literal forms: suffixes, underscores, hex, octal, binary, and type inference from context.
fn main() {
    let a = 1_000_000;
    let b = 0xff;
    let c = 0o777;
    let d = 0b1010_1010;
    let e = 42u8;
    let f = 7_i64;
    let g = 0xFFFF_FFFFu32;
    let h: u64 = 1_0;
    let i = 1__2i16;
    println!("{} {} {} {} {} {} {} {} {}", a, b, c, d, e, f, g, h, i);
    let big = 0x7fff_ffff_ffff_ffff_ffff_ffff_ffff_ffffi128;
    println!("{}", big);
    let neg = -0x80i8 as i16;
    println!("{}", neg);
    let x: u16 = 65_535;
    let y: i8 = -128;
    println!("{} {}", x, y);
    println!("{}", 0b1111_1111u8);
    println!("{}", 0usize);
}
