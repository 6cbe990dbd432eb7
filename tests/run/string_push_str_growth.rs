// push_str growth: max(2*cap, needed, 8), so a large append grows to exactly the needed size.
fn main() {
    let mut s = String::new();
    s.push_str("12345678901234567");
    println!("len={} cap={}", s.len(), s.capacity());
    let mut h = String::from("hello");
    h.push('!');
    println!("{} len={} cap={}", h, h.len(), h.capacity());
    let mut w = String::from("hello");
    w.push_str(" world");
    println!("{} len={} cap={}", w, w.len(), w.capacity());
    let mut hi = String::from("hi");
    hi.push_str("123456789012345678901");
    println!("len={} cap={}", hi.len(), hi.capacity());
    let mut e = String::new();
    e.push('é');
    println!("len={} cap={}", e.len(), e.capacity());
    let mut a = String::new();
    for _ in 0..20 {
        a.push_str("a");
    }
    println!("len={} cap={}", a.len(), a.capacity());
    let mut empty = String::new();
    empty.push_str("");
    println!("len={} cap={}", empty.len(), empty.capacity());
}
