// Moved in the `else` branch only.
fn consume(s: String) {
    println!("{}", s);
}

fn run(c: bool) {
    let s = String::from("hi");
    if c {
        println!("kept");
    } else {
        consume(s);
    }
    println!("{}", s);
}

fn main() {
    run(true);
}
