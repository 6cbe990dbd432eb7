// The borrow ends before the move.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("borrow");
    let n = s.len();
    let r = &s;
    println!("{} {}", n, r);
    println!("{}", consume(s));
}
