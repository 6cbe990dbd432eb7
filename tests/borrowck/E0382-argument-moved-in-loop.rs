// A parameter moved inside a loop.
fn consume(s: String) {
    println!("{}", s);
}

fn f(s: String) {
    for _ in 0..2 {
        consume(s);
    }
}

fn main() {
    f(String::from("x"));
}
