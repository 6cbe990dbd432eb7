// A method taking `&mut self` may read the receiver in its arguments
// (two-phase borrows): the `&mut` starts when the call does.
fn main() {
    let mut s = String::from("ab");
    s.push_str(&s.clone());
    let n = s.len();
    s.push(if n > 3 { 'x' } else { 'y' });
    s.push_str(if s.len() > 5 { "long" } else { "short" });
    println!("{}", s);
}
