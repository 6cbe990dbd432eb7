// Moved into a function call: rustc points at the parameter that takes ownership.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("hi");
    let n = consume(s);
    println!("{} {}", n, s);
}
