// Width on every Display type: numbers right-align, str/char/bool left-align, too-narrow widths.
fn main() {
    println!("[{:5}] [{:5}] [{:5}] [{:5}] [{:5}]", 42, "ab", 'c', true, 1.5);
    println!("[{:1}] [{:2}] [{:0}]", 12345, "hello", -7);
    println!("[{:8}] [{:8}]", -42i64, 255u8);
    println!("[{:10}] [{:10}]", String::from("own"), "");
    println!("[{:3}] [{:6}]", "u", 'x');
    println!("[{:12}] [{:12}]", f64::NAN, f64::NEG_INFINITY);
    println!("[{:7}] [{:7}]", 0.25f32, -0.0f64);
    let s = "str";
    println!("[{:6}] [{:>6}]", s, s);
    println!("[{:40}]", i128::MIN);
    println!("[{:4}]", u128::MAX);
}
