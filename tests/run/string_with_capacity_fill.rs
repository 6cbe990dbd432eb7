// Filling a with_capacity String within its capacity does not grow it; one more byte doubles it.
fn main() {
    let mut s = String::with_capacity(10);
    for i in 0..10 {
        s.push(('0' as u8 + i as u8) as char);
    }
    println!("{} len={} cap={}", s, s.len(), s.capacity());
    s.push('!');
    println!("{} len={} cap={}", s, s.len(), s.capacity());
    let mut t = String::with_capacity(3);
    t.push_str("abcdefgh");
    println!("{} len={} cap={}", t, t.len(), t.capacity());
}
