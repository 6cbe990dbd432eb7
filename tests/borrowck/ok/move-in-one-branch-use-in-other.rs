// Moved in one branch, used only in the other.
fn consume(s: String) -> usize {
    s.len()
}

fn run(c: bool) {
    let s = String::from("branch");
    if c {
        println!("{}", consume(s));
    } else {
        println!("{}", s);
    }
}

fn main() {
    run(true);
    run(false);
}
