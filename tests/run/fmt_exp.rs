// {:e} and {:E} of floats and integers, with precision, zero, negatives, tiny and huge values.
fn main() {
    println!("[{:e}] [{:E}] [{:e}] [{:e}] [{:.2e}]", 1234.5, 0.00012, 0.0, 123456, 1234.5);
    println!("[{:e}] [{:e}] [{:e}]", 1e-4, 1.4142135623730951, 1.0);
    println!("[{:e}] [{:e}] [{:e}]", f64::MAX, 2.2250738585072014e-308, 5e-324);
    println!("[{:e}] [{:E}]", -0.0, -1e300);
    println!("[{:e}] [{:e}] [{:e}]", 0.1f32, 16777217.0f32, f32::MAX);
    println!("[{:e}] [{:e}] [{:e}] [{:e}]", 1, 10, 1200, -1000000);
    println!("[{:e}] [{:E}]", u64::MAX, i128::MIN);
    println!("[{:.0e}] [{:.3e}] [{:.1e}]", 2.5, 1.0, 9.96);
    println!("[{:.2e}] [{:.0e}]", 12345, 15);
    println!("[{:e}] [{:e}]", f64::NAN, f64::INFINITY);
    println!("[{:12e}] [{:<12E}] [{:+e}]", 1500.0, 0.025, 7.0);
}
