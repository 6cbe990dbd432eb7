// Building Unicode strings with push and push_str: byte lengths grow by each char's UTF-8 size.
fn main() {
    let mut s = String::new();
    let cs = ['a', 'é', '€', '😀'];
    for i in 0..4 {
        s.push(cs[i]);
        println!("{} len={}", s, s.len());
    }
    s.push_str("日本");
    println!("{} len={}", s, s.len());
    let t = s.clone() + "\u{301}";
    println!("{:?} len={}", t, t.len());
}
