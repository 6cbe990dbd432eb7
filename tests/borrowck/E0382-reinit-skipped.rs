// The reinitialisation only happens on one path.
fn run(c: bool) {
    let mut s = String::from("a");
    let t = s;
    if c {
        s = String::from("b");
    }
    println!("{} {}", s, t);
}

fn main() {
    run(true);
}
