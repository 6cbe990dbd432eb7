// The move happens inside a format macro's argument.
fn take(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("hi");
    println!("{}", take(s));
    println!("{}", s);
}
