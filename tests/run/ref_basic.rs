// Shared references: &x, *r, references to references, auto-deref in formatting, comparison of referents.
fn main() {
    let x = 5;
    let r = &x;
    let rr = &r;
    println!("{} {} {} {}", x, *r, **rr, rr);
    println!("{}", *r + 1);
    let y = 5;
    println!("{}", r == &y);
    let s = String::from("abc");
    let rs = &s;
    println!("{} {}", rs.len(), (*rs).len());
    let t = (1, 2);
    let rt = &t;
    println!("{} {}", rt.0, (*rt).1);
    let a = [1, 2, 3];
    let ra = &a;
    println!("{} {:?}", ra[1], ra);
}
