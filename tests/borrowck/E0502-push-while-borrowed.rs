// A shared borrow is still used after a mutating method call.
fn main() {
    let mut s = String::from("a");
    let r = &s;
    s.push('b');
    println!("{}", r);
}
