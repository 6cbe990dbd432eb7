// After the last use of a `&mut`, the value may be read again.
fn main() {
    let mut x = 10;
    let m = &mut x;
    *m += 5;
    *m *= 2;
    println!("{}", x);
    let m2 = &mut x;
    *m2 -= 1;
    println!("{}", x);
}
