// Reinitialised on both paths after the move.
fn run(c: bool) {
    let mut s = String::from("a");
    let t = s;
    if c {
        s = String::from("b");
    } else {
        s = String::from("c");
    }
    println!("{} {}", s, t);
}

fn main() {
    run(true);
    run(false);
}
