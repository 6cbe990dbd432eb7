// Precision on strings truncates to that many chars (not bytes), combined with width and fill.
fn main() {
    println!("[{:.3}] [{:10.3}] [{:<6.2}]", "abcdef", "abcdef", "xyz");
    println!("[{:.0}] [{:.10}]", "gone", "short");
    println!("[{:.2}] [{:>5.1}]", "日本語", "éèê");
    println!("[{:*^9.4}]", String::from("truncated"));
    println!("[{:.3}]", 'c');
    let s = String::from("héllo wörld");
    println!("[{:.5}] [{:>8.5}]", s, s);
}
