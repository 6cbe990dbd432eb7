// Display of f64: shortest round-trip digits written positionally, never exponent, no .0 on integers.
fn main() {
    println!("{} {} {} {}", 1.0, 0.1, 100.0, -0.0);
    println!("{} {}", 1e21, 1e-7);
    println!("{} {}", 1e15, 1e16);
    println!("{} {}", 0.0001, 0.00009999);
    println!("{}", 0.1 + 0.2);
    println!("{}", 1e100);
    println!("{} {} {}", f64::NAN, f64::INFINITY, f64::NEG_INFINITY);
    println!("{}", f64::MAX);
    println!("{}", f64::MIN);
    println!("{}", 5e-324);
    println!("{}", f64::EPSILON);
    println!("{} {}", 123456789.125, -2.5e-3);
    println!("{} {}", 9007199254740993.0, 0.3);
}
