// Maybe moved, then surely reinitialised.
fn consume(s: String) -> usize {
    s.len()
}

fn run(c: bool) {
    let mut s = String::from("m");
    if c {
        println!("{}", consume(s));
    }
    s = String::from("fresh");
    println!("{}", s);
}

fn main() {
    run(true);
    run(false);
}
