// The reference need not be `mut` to write through it.
fn main() {
    let mut s = String::from("a");
    let r = &mut s;
    r.push('b');
    println!("{}", s);
}
