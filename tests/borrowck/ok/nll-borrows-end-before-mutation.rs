// Accepted with non-lexical lifetimes: every borrow is last used before the
// value is changed, reborrows of `&mut` stay usable, disjoint fields.
fn first(s: &String) -> &String { s }
fn bump(n: &mut i32) { *n += 1; }
fn longest<'a>(a: &'a String, b: &'a String) -> &'a String { if a.len() > b.len() { a } else { b } }
fn main() {
    let mut s = String::from("a");
    let r = &s;
    let n = r.len();
    s.push('b');
    println!("{} {}", n, s);

    let r = &mut s;
    r.push('c');
    let t = &s;
    println!("{}", t);

    let mut x = 1;
    let m = &mut x;
    bump(m);
    bump(m);
    *m += 1;
    println!("{}", x);

    let mut a = String::from("aa");
    let b = String::from("b");
    let l = longest(&a, &b);
    println!("{}", l);
    a.push('x');

    let mut q = String::from("q");
    let mut rr = &q;
    for i in 0..3 {
        println!("{} {}", rr, i);
        rr = &b;
        q.push('z');
    }
    println!("{} {}", rr, q);

    let mut u = String::from("u");
    u.push_str(&b);
    let c = u.len();
    u.push(if c > 2 { 'y' } else { 'n' });
    let f = first(&u);
    println!("{}", f);
    u.push('!');

    let mut t2 = (String::new(), String::new());
    let p0 = &mut t2.0;
    let p1 = &mut t2.1;
    p0.push('a');
    p1.push('b');
    println!("{:?}", t2);

    let mut arr = [1, 2, 3];
    let e = &mut arr[0];
    *e += 1;
    arr[1] = 7;
    println!("{:?}", arr);

    let mut k = 0;
    let kr = &k;
    let kv = *kr;
    k += kv;
    println!("{}", k);

    let mut w = String::from("w");
    {
        let wr = &mut w;
        wr.push('1');
    }
    w.push('2');
    let z = &w;
    let zz = z;
    println!("{} {}", z, zz);
    w.push('3');
    println!("{}", w);
}
