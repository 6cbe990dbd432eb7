// String::new has len 0 and cap 0 and does not allocate; with_capacity reserves exactly what was asked.
fn main() {
    let s = String::new();
    println!("len={} cap={} empty={}", s.len(), s.capacity(), s.is_empty());
    let t = String::with_capacity(0);
    println!("len={} cap={}", t.len(), t.capacity());
    let u = String::with_capacity(5);
    println!("len={} cap={} empty={}", u.len(), u.capacity(), u.is_empty());
    let v = String::with_capacity(1000);
    println!("len={} cap={}", v.len(), v.capacity());
}
