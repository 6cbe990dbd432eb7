// Infinity, NaN and signed zero: how they arise, compare and print.
fn div(a: f64, b: f64) -> f64 {
    a / b
}
fn main() {
    println!("{} {} {}", div(1.0, 0.0), div(-1.0, 0.0), div(0.0, 0.0));
    println!("{}", div(1.0, -0.0));
    let nan = f64::NAN;
    println!("{} {} {}", nan == nan, nan != nan, nan < 1.0);
    println!("{} {}", nan > 1.0, nan >= nan);
    let inf = f64::INFINITY;
    println!("{} {} {}", inf - inf, inf * 0.0, inf + 1.0 == inf);
    println!("{} {}", 0.0 == -0.0, -0.0 < 0.0);
    println!("{:?} {:?}", 0.0 * -1.0, -0.0 + 0.0);
    println!("{} {}", f64::NEG_INFINITY < f64::MIN, f64::MAX < inf);
    println!("{}", 5.0 % 0.0);
    println!("{} {}", f32::NAN, -f32::INFINITY);
}
