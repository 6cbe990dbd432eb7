// A value may be assigned once no borrow of it is in use.
fn main() {
    let mut x = 1;
    let r = &x;
    let y = *r + 1;
    x = y * 10;
    let mut s = String::from("old");
    let t = &s;
    println!("{} {}", x, t);
    s = String::from("new");
    println!("{}", s);
}
