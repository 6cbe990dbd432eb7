// let destructuring of tuples: nested patterns, mut bindings, _ wildcards, and swapping.
fn main() {
    let (a, b) = (1, "two");
    println!("{} {}", a, b);
    let (x, (y, z)) = (1.5, ('y', false));
    println!("{} {} {}", x, y, z);
    let (mut p, q) = (10, 20);
    p += q;
    println!("{} {}", p, q);
    let (_, second, _) = (1, 2, 3);
    println!("{}", second);
    let t = (3, 4);
    let (a, b) = t;
    let (a, b) = (b, a);
    println!("{} {} {:?}", a, b, t);
    let _ = (String::from("ignored"), 5);
    let ((c, d), e) = ((1u8, 2i64), [3; 2]);
    println!("{} {} {:?}", c, d, e);
}
