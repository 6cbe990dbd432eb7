// Integer to float casts round to nearest-even when the value does not fit the mantissa.
fn main() {
    println!("{}", 16777217i32 as f32);
    println!("{}", 9007199254740993i64 as f64);
    println!("{}", u64::MAX as f64);
    println!("{}", u64::MAX as f32);
    println!("{}", i64::MIN as f64);
    println!("{}", u128::MAX as f32);
    println!("{}", u128::MAX as f64);
    println!("{}", i128::MIN as f64);
    println!("{} {}", -1i8 as f32, 255u8 as f64);
    println!("{:?}", 0i32 as f64);
    println!("{}", 123456789u32 as f32);
}
