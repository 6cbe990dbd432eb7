// Functions that build and return Strings; returned Strings keep their capacity.
fn make(n: u32) -> String {
    let mut s = String::new();
    for i in 0..n {
        s.push(('a' as u8 + (i % 26) as u8) as char);
    }
    s
}
fn greet(name: &str) -> String {
    let mut g = String::from("Hello, ");
    g.push_str(name);
    g + "!"
}
fn main() {
    let s = make(5);
    println!("{} len={} cap={}", s, s.len(), s.capacity());
    let t = make(30);
    println!("{} len={} cap={}", t, t.len(), t.capacity());
    println!("{}", greet("Ferris"));
    let g = greet(&s);
    println!("{} cap={}", g, g.capacity());
}
