// A move inside a `for` loop: the second iteration uses a moved value.
fn consume(s: String) {
    println!("{}", s);
}

fn main() {
    let s = String::from("hi");
    for _ in 0..3 {
        consume(s);
    }
}
