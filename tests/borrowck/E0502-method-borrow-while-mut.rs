// `s.len()` borrows s while a `&mut` to it is alive.
fn main() {
    let mut s = String::from("x");
    let r = &mut s;
    let n = s.len();
    r.push('a');
    println!("{}", n);
}
