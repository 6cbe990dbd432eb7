// Capacity growth under push: 0, then 8, then doubling (16, 32, 64, 128).
fn main() {
    let mut s = String::new();
    let mut last = s.capacity();
    println!("start cap={}", last);
    for i in 0..100 {
        s.push('a');
        if s.capacity() != last {
            last = s.capacity();
            println!("after {} pushes: len={} cap={}", i + 1, s.len(), last);
        }
    }
    let mut t = String::new();
    for _ in 0..10 {
        t.push('x');
        print!("{} ", t.capacity());
    }
    println!();
}
