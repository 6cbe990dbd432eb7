// f64 <-> f32 casts: rounding, overflow to infinity, NaN and signed zero preserved, exact widening.
fn main() {
    println!("{}", 0.1f64 as f32);
    println!("{}", 0.1f32 as f64);
    println!("{}", 1e40f64 as f32);
    println!("{}", -1e40f64 as f32);
    println!("{}", 1e-50f64 as f32);
    println!("{:?}", -0.0f64 as f32);
    println!("{}", f64::NAN as f32);
    println!("{}", f32::MAX as f64);
    println!("{}", 16777217.0f64 as f32);
    println!("{}", 3.4028235677973366e38f64 as f32);
}
