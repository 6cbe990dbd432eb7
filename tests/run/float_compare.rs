// Float comparisons, equality of computed values, and comparisons against infinities.
fn main() {
    println!("{}", 0.1 + 0.2 == 0.3);
    println!("{}", 0.5 + 0.25 == 0.75);
    println!("{} {}", 1.0 < 2.0, -1.0 > -2.0);
    println!("{}", 1e-300 > 0.0);
    println!("{}", 1.0f32 == 1.0);
    println!("{}", 16777216.0f32 == 16777217.0f32);
    println!("{}", 9007199254740992.0 == 9007199254740993.0);
    println!("{}", f64::INFINITY > f64::MAX);
    let a = 3.0;
    let b = 3.0000000000000004;
    println!("{} {}", a == b, a < b);
}
