fn consume(s: String) -> usize {
    s.len()
}
fn main() {
    let s = String::from("hi");
    let n = consume(s);
    println!("{} {}", n, s);
}
