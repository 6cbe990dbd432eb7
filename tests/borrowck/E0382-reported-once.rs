// Only the first use after a move is reported.
fn main() {
    let s = String::from("once");
    let t = s;
    println!("{}", s);
    println!("{}", s.len());
    println!("{}", t);
}
