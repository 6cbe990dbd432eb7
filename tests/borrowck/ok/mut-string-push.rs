// Mutating a `let mut` String.
fn main() {
    let mut s = String::new();
    s.push('a');
    s.push_str("bc");
    s += "d";
    println!("{}", s);
}
