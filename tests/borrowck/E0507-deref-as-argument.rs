// Passing `*r` by value.
fn consume(s: String) -> usize {
    s.len()
}

fn g(r: &String) -> usize {
    consume(*r)
}

fn main() {
    println!("{}", g(&String::from("x")));
}
