// owl-flags: -O
// Release build: String capacities and formatting are identical to the debug build.
fn main() {
    let mut s = String::new();
    let mut caps = String::new();
    for _ in 0..40 {
        s.push('z');
        caps += &format!("{} ", s.capacity());
    }
    println!("{}", caps);
    let t = s.clone();
    println!("{} {}", t.len(), t.capacity());
    println!("[{:>8.3}] [{:#x}] [{:?}]", 2.0f64 / 3.0, 255, (1, "a"));
}
