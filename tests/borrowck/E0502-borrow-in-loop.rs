// The borrow taken before the loop is used in every iteration.
fn main() {
    let mut s = String::from("x");
    let r = &s;
    for _ in 0..3 {
        println!("{}", r);
        s.push('a');
    }
}
