// Moved in one branch, used after the `if`: maybe moved is enough for an error.
fn consume(s: String) {
    println!("{}", s);
}

fn run(c: bool) {
    let s = String::from("hi");
    if c {
        consume(s);
    }
    println!("{}", s);
}

fn main() {
    run(true);
}
