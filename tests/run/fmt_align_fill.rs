// Explicit alignment (< ^ >) with default and custom fill characters, including multi-byte fills.
fn main() {
    println!("[{:>8}] [{:<8}] [{:^8}]", 42, 42, 42);
    println!("[{:>8}] [{:<8}] [{:^8}] [{:^7}]", "ab", "ab", "ab", "ab");
    println!("[{:*^9}] [{:-<6}] [{:0>5}] [{:#>4}]", "mid", 1, 7, 'x');
    println!("[{:_^10}] [{:.>10}] [{:=<10}]", true, false, -3.5);
    println!("[{:é^7}] [{:日>4}] [{:😀<3}]", "a", 1, 'z');
    println!("[{:^6}] [{:^5}] [{:^1}]", "odd", "ev", "long");
    println!("[{:>1}] [{:<0}]", "abc", 99);
    println!("[{:}<5}] [{:{<5}]", 1, 2);
    println!("[{:^9}] [{:>9}] [{:<9}]", 'c', f64::INFINITY, f32::NAN);
    println!("[{:~^11}]", String::from("centre"));
}
