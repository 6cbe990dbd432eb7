fn consume(s: String) {
    println!("{}", s);
}
fn main() {
    let s = String::from("hi");
    let c = true;
    if c {
        consume(s);
    }
    println!("{}", s);
}
