// Two `&mut` to an integer.
fn main() {
    let mut x = 5;
    let r = &mut x;
    let r2 = &mut x;
    *r2 += 1;
    *r += 1;
}
