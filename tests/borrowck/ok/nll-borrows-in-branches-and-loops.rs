// Accepted with non-lexical lifetimes: borrows taken in branches, in loops
// (reassigned every iteration), in blocks that end, and through calls.
fn pick<'a>(c: bool, a: &'a String, b: &'a String) -> &'a String { if c { a } else { b } }
fn run(c: bool) {
    let mut a = String::from("a");
    let b = String::from("b");
    let r;
    if c {
        r = &b;
    } else {
        r = &b;
        a.push('x');
    }
    println!("{} {}", r, a);

    let mut n = 0;
    let res = loop {
        n += 1;
        if n > 3 {
            break &b;
        }
    };
    println!("{}", res);

    let mut s = String::from("s");
    let len = { let t = &s; t.len() };
    s.push('x');
    println!("{} {}", len, s);

    let mut v = 5;
    let got = {
        let m = &mut v;
        *m += 1;
        *m
    };
    v += got;
    println!("{}", v);

    let mut x = String::from("x");
    let y = pick(c, &a, &b).clone();
    x.push_str(&y);
    println!("{}", x);

    let mut m1 = 1;
    let mut m2 = 2;
    let mut which = &mut m1;
    *which += 1;
    which = &mut m2;
    *which += 1;
    m1 += 1;
    println!("{} {} {}", which, m1, 0);
    m2 += 1;
    println!("{}", m2);

    let tup = (&a, &b);
    println!("{:?}", tup);
    a.push('z');
    println!("{}", a);
}
fn main() { run(true); run(false); }
