// Width and precision count chars, not bytes or display columns: CJK, emoji and combining marks.
fn main() {
    println!("[{:6}] [{:>6}] [{:^6}]", "日本", "日本", "日本");
    println!("[{:4}] [{:>4}]", "😀", "é");
    println!("[{:5}]", "e\u{301}");
    println!("[{:*<5}] [{:*>5}]", 'ß', '字');
    println!("[{:.1}] [{:3.2}]", "😀😀", "日本語");
}
