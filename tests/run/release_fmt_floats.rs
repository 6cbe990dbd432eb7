// owl-flags: -O
// Release build: float Display/Debug/precision output does not depend on the optimisation level.
fn third(x: f64) -> f64 {
    x / 3.0
}
fn main() {
    println!("{} {:?} {:.3} {:e}", third(1.0), third(1.0), third(2.0), third(1e300));
    println!("{} {:?}", third(0.0) * -1.0, 0.1 + third(0.6));
}
