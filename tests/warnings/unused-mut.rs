// A `mut` that nothing needs: rustc's borrow checker knows which variables
// are assigned again or borrowed `&mut` after they hold a value.
fn f(mut p: i32) -> i32 {
    let mut a = 1;
    let mut b = 2;
    b += 1;
    let mut c;
    c = 5;
    let mut d;
    d = 2;
    if a > 0 {
        d = 3;
    }
    let mut s = String::new();
    s.push_str("x");
    let mut t = (1, 2);
    t.0 = 3;
    let mut u = 7;
    let r = &mut u;
    *r += 1;
    let mut v = &mut u;
    *v += 1;
    let mut z = 0;
    let mut _quiet = 1;
    println!("{} {} {} {} {} {} {} {}", a, b, c, d, s, t.0, u, z);
    p
}

fn main() {
    let mut total = 0;
    for mut i in 0..3 {
        total += i;
    }
    let (mut x, mut y) = (1, 2);
    y += x;
    let mut w = String::from("w");
    w = w + "!";
    let mut n;
    loop {
        n = 1;
        break;
    }
    println!("{} {} {} {} {}", f(1), total, y, w, n);
}
