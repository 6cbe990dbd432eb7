// Moved on both paths, by two different moves.
fn consume(s: String) {
    println!("{}", s);
}

fn run(c: bool) {
    let s = String::from("hi");
    if c {
        consume(s);
    } else {
        drop(s);
    }
    println!("{}", s);
}

fn main() {
    run(true);
}
