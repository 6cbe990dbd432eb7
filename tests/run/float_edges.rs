// f64 and f32 extreme constants: MAX, MIN, EPSILON, subnormals, and overflow to infinity.
fn main() {
    println!("{:?}", f64::MAX);
    println!("{:?}", f64::MIN);
    println!("{:?}", f64::EPSILON);
    println!("{:?}", f32::MAX);
    println!("{:?}", f32::MIN);
    println!("{:?}", f32::EPSILON);
    println!("{:?}", 1.0 + f64::EPSILON);
    println!("{:?}", 1.0 + f64::EPSILON / 2.0);
    println!("{:?}", 2.2250738585072014e-308 / 2.0);
    println!("{:?}", 5e-324 / 2.0);
    println!("{:?}", f64::MAX * 2.0);
    println!("{:?}", f32::MAX * 2.0);
    println!("{}", f32::MAX);
}
