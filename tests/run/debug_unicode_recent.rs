// Debug escapes what rustc 1.95's Unicode tables (17.0) say is not
// printable or extends a grapheme: characters assigned after Unicode 14
// print as themselves, combining marks of Unicode 16 are escaped.
fn main() {
    let shaking = '\u{1FAE8}';            // Unicode 15 emoji
    let kannada = '\u{0CF3}';             // Unicode 15 letter
    let pepet = '\u{0897}';               // Unicode 16 combining mark
    let unassigned = '\u{0378}';
    println!("{:?} {:?} {:?} {:?}", shaking, kannada, pepet, unassigned);
    let s = format!("a{}b{}c{}", shaking, pepet, kannada);
    println!("{:?} {}", s, s.len());
}
