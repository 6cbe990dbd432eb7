// A value may be moved once no borrow of it is in use.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("moved later");
    let r = &s;
    let n = r.len();
    println!("{} {}", n, consume(s));
}
