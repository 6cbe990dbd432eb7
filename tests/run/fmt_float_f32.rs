// f32 Display and Debug use the shortest digits that round-trip as f32, not as f64.
fn main() {
    println!("{} {:?}", 0.1f32 + 0.2f32, 1.0f32 / 3.0);
    println!("{} {:?}", 16777217.0f32, 1e10f32);
    println!("{} {:?}", f32::MAX, f32::MAX);
    println!("{} {:?}", f32::MIN, f32::EPSILON);
    println!("{} {:?}", 1e-45f32, 1e-45f32);
    println!("{:?} {:?}", 0.1f32 as f64, 1e16f32);
    println!("{} {} {}", f32::NAN, f32::INFINITY, -0.0f32);
    println!("{:?} {:?}", 3.4e38f32, 0.00001f32);
}
