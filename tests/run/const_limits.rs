// The MIN/MAX associated consts of every integer type used in const items and arithmetic.
const A: i64 = i32::MAX as i64 + 1;
const B: u32 = u16::MAX as u32 * 2;
const C: i8 = i8::MIN + 1;
const D: u128 = u64::MAX as u128 + 1;
const E: f64 = f64::MAX;
const F: f32 = f32::EPSILON;
fn main() {
    println!("{} {} {} {}", A, B, C, D);
    println!("{:e} {:e}", E, F);
    println!("{}", usize::MAX == u64::MAX as usize);
    println!("{}", isize::MIN as i64 == i64::MIN);
}
