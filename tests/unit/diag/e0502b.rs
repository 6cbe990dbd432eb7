fn main() {
    let mut x = 5;
    let r = &x;
    let m = &mut x;
    *m += 1;
    println!("{}", r);
}
