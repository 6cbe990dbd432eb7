// The branch that moves returns: the use after the `if` is on the other path.
fn consume(s: String) -> usize {
    s.len()
}

fn run(c: bool) -> usize {
    let s = String::from("ret");
    if c {
        return consume(s);
    }
    s.len() + 100
}

fn main() {
    println!("{} {}", run(true), run(false));
}
