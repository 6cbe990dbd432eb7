// Debug escapes combining marks (grapheme extenders) even after a base letter; Display prints raw.
fn main() {
    let s = "cafe\u{301}";
    println!("{}", s);
    println!("{:?}", s);
    println!("{:?}", "a\u{300}\u{301}\u{302}");
    println!("{:?}", '\u{300}');
    println!("{:?}", "\u{20dd}circled");
    println!("{:?}", "ハ\u{309a}");
    println!("{:?}", "\u{200d}zwj \u{200c}zwnj \u{fe0f}vs16");
    println!("{:?}", "हिन्दी");
    println!("{:?}", "\u{1f44d}\u{1f3fd}");
}
