// The + flag on integers, floats, zero, negative zero, infinities and NaN (never signed).
fn main() {
    println!("[{:+}] [{:+}] [{:+}] [{:+.1}] [{:+}]", 42, 0, -0.0, 1.0, f64::NAN);
    println!("[{:+}] [{:+}] [{:+}]", -42, 0u8, u64::MAX);
    println!("[{:+}] [{:+}] [{:+}]", f64::INFINITY, f64::NEG_INFINITY, 0.0f32);
    println!("[{:+8}] [{:<+8}] [{:^+8}] [{:+08}]", 5, 5, 5, 5);
    println!("[{:+.3}] [{:+.0}] [{:+e}]", 3.14159, -2.5, 1500.0);
    println!("[{:+}] [{:+}]", i128::MIN, i8::MAX);
    println!("[{:+?}] [{:+?}]", 7, -7.5);
}
