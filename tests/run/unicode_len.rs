// .len() counts UTF-8 bytes: ASCII, Latin-1 accents, CJK, emoji, combining marks, ZWJ sequences.
fn main() {
    println!("{}", "hello".len());
    println!("{}", "é".len());
    println!("{}", "e\u{301}".len());
    println!("{}", "日本語".len());
    println!("{}", "😀".len());
    println!("{}", "👨\u{200d}👩\u{200d}👧".len());
    println!("{}", "🇯🇵".len());
    println!("{}", "\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}".len());
    let s = String::from("Grüße, Jürgen ❤");
    println!("{} {}", s, s.len());
}
