// Moving a String into a function while a reference to it is alive.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("a");
    let r = &s;
    let n = consume(s);
    println!("{} {}", r, n);
}
