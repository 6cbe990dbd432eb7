// Float to integer casts truncate toward zero and saturate at the target's range; NaN becomes 0.
fn to_i32(x: f64) -> i32 {
    x as i32
}
fn to_u8(x: f64) -> u8 {
    x as u8
}
fn main() {
    println!("{} {} {}", to_i32(3.99), to_i32(-3.99), to_i32(0.5));
    println!("{} {}", to_i32(1e10), to_i32(-1e10));
    println!("{} {}", to_i32(f64::NAN), to_i32(f64::INFINITY));
    println!("{}", to_i32(f64::NEG_INFINITY));
    println!("{} {} {}", to_u8(-5.7), to_u8(255.9), to_u8(256.0));
    println!("{}", to_u8(f64::NAN));
    println!("{} {}", 1e20 as u64, -1.0 as u64);
    println!("{}", 1e40 as u128);
    println!("{}", -1e40 as i128);
    println!("{}", f32::MAX as i64);
    println!("{}", 2147483647.5f64 as i32);
    println!("{}", -2147483648.9f64 as i32);
    println!("{}", 9.99e18f64 as i64);
    println!("{}", f32::NAN as u32);
}
