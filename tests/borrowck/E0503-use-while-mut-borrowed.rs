// Reading an integer while a `&mut` to it is alive.
fn main() {
    let mut x = 5;
    let m = &mut x;
    let y = x + 1;
    *m += 1;
    println!("{}", y);
}
