// Debug of f64: always has . or e; exponent form exactly when |x| < 1e-4 or |x| >= 1e16.
fn main() {
    println!("{:?} {:?} {:?} {:?}", 1.0, 0.1, 100.0, -0.0);
    println!("{:?} {:?}", 1e21, 1e-7);
    println!("{:?} {:?} {:?}", 1e15, 1e16, 1.5e16);
    println!("{:?} {:?}", 0.0001, 0.00009999);
    println!("{:?}", 9999999999999998.0);
    println!("{:?} {:?}", f64::MAX, f64::MIN);
    println!("{:?} {:?}", 5e-324, f64::EPSILON);
    println!("{:?} {:?} {:?}", f64::NAN, f64::INFINITY, f64::NEG_INFINITY);
    println!("{:?} {:?}", 1e100, -1e-100);
    println!("{:?} {:?}", 0.0, 12345.678);
}
