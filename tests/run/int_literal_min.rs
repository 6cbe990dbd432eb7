// Negative minimum literals for every signed width are accepted and print exactly.
fn main() {
    let a: i8 = -128;
    let b: i16 = -32768;
    let c: i32 = -2147483648;
    let d: i64 = -9223372036854775808;
    let e: i128 = -170141183460469231731687303715884105728;
    let f = -128i8;
    let g = -9223372036854775808isize;
    println!("{} {} {} {} {} {} {}", a, b, c, d, e, f, g);
    println!("{}", a == i8::MIN && e == i128::MIN && g == isize::MIN);
    let h: u128 = 340282366920938463463374607431768211455;
    println!("{}", h == u128::MAX);
}
