// The tuple holding the reference is replaced in every iteration before
// the String is changed again, so no old borrow is alive at the push.
fn main() {
    let mut s = String::from("x");
    let mut refs = (&s, 1);
    for _ in 0..2 {
        s.push('q');
        refs = (&s, 2);
    }
    println!("{:?}", refs);
}
