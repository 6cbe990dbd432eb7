// clone() copies the bytes into a new buffer with cap == len; the original and the clone are independent.
fn main() {
    let mut s = String::with_capacity(10);
    s.push_str("ab");
    let c = s.clone();
    println!("{} len={} cap={}", s, s.len(), s.capacity());
    println!("{} len={} cap={}", c, c.len(), c.capacity());
    s.push_str("cd");
    println!("{} {}", s, c);
    let e = String::new();
    let ec = e.clone();
    println!("len={} cap={}", ec.len(), ec.capacity());
    let mut d = c.clone();
    d.push('!');
    println!("{} {} cap={}", c, d, d.capacity());
}
