// String::from and .to_string() allocate exactly len bytes: cap == len.
fn main() {
    let xs = ["", "a", "hello", "hello world!!", "ß", "日本"];
    for i in 0..6 {
        let s = String::from(xs[i]);
        println!("{:?} len={} cap={}", s, s.len(), s.capacity());
    }
    let t = "abc".to_string();
    println!("{} len={} cap={}", t, t.len(), t.capacity());
}
