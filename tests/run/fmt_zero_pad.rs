// The 0 flag: sign-aware zero padding that overrides fill and alignment, also for inf and NaN.
fn main() {
    println!("[{:05}] [{:+05}] [{:<05}] [{:^05}] [{:08.3}]", -7, 7, 7, 7, f64::INFINITY);
    println!("[{:08.3}] [{:08.3}] [{:8.3}] [{:.0}]", 3.14159, -3.14159, 3.14159, 2.5);
    println!("[{:010}] [{:010}]", i32::MIN, u32::MAX);
    println!("[{:05}] [{:05}] [{:03}]", 123456, -12345, 0);
    println!("[{:06}] [{:06}]", f64::NAN, -0.0);
    println!("[{:06?}] [{:06?}]", 1.5, -2);
    println!("[{:09.2e}] [{:09e}]", 1234.5, -0.5);
    println!("[{:02}:{:02}:{:02}]", 7, 5, 30);
}
