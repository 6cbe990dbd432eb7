// A shared borrow while a `&mut` is still in use.
fn main() {
    let mut x = 5;
    let m = &mut x;
    println!("{}", x);
    *m += 1;
}
