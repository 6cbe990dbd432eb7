// Reborrowing: &mut *r and passing r to a function that takes &mut, then using r again.
fn inc(v: &mut i32) {
    *v += 1;
}
fn read(v: &i32) -> i32 {
    *v
}
fn main() {
    let mut x = 0;
    let r = &mut x;
    inc(r);
    inc(&mut *r);
    let r2 = &mut *r;
    *r2 += 10;
    println!("{}", read(r));
    *r += 100;
    println!("{}", x);
    let mut y = 1;
    let m = &mut y;
    let s: &i32 = &*m;
    println!("{}", s);
}
