// `a.len()` borrows the array while `r` still holds a `&mut` to it.
fn main() {
    let mut a = [1, 2];
    let r = &mut a;
    let n = a.len();
    r[0] = 5;
    println!("{} {:?}", n, a);
}
