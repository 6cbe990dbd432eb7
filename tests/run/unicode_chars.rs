// char values across the Unicode range: size 4, Display and Debug, and u32 code points.
fn main() {
    let cs = ['a', 'ß', 'Ω', '中', '😀', '\u{301}', '\u{10ffff}', '\u{0}'];
    for i in 0..8 {
        println!("{:?} U+{:04X} {}", cs[i], cs[i] as u32, cs[i] as u32);
    }
    println!("{}", std::mem::size_of::<char>());
    let mut s = String::new();
    for i in 0..4 {
        s.push(cs[i]);
    }
    println!("{} {}", s, s.len());
}
