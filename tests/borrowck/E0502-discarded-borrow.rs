// A borrow whose value is thrown away (`&a;`) is still a borrow.
fn main() {
    let mut a = [1, 2];
    let r = &mut a;
    &a;
    r[0] = 5;
}
