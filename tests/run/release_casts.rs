// owl-flags: -O
// Release build: float->int casts still saturate and NaN becomes 0; int casts truncate as in debug.
fn f2i(x: f64) -> i32 {
    x as i32
}
fn f2u(x: f32) -> u16 {
    x as u16
}
fn main() {
    println!("{} {} {}", f2i(1e10), f2i(-1e10), f2i(f64::NAN));
    println!("{} {} {}", f2u(-1.0), f2u(70000.0), f2u(f32::NAN));
    println!("{}", f2i(-7.9));
    println!("{}", 1000i32 as u8);
}
