// Functions taking and returning tuples; tuples are Copy when their elements are.
fn divmod(a: u32, b: u32) -> (u32, u32) {
    (a / b, a % b)
}
fn swap(p: (i32, char)) -> (char, i32) {
    (p.1, p.0)
}
fn min_max(a: [i32; 5]) -> (i32, i32) {
    let mut lo = a[0];
    let mut hi = a[0];
    for i in 1..5 {
        if a[i] < lo {
            lo = a[i];
        }
        if a[i] > hi {
            hi = a[i];
        }
    }
    (lo, hi)
}
fn main() {
    let (q, r) = divmod(17, 5);
    println!("{} {}", q, r);
    let p = (1, 'x');
    let s = swap(p);
    println!("{:?} {:?}", p, s);
    println!("{:?}", min_max([3, -7, 12, 0, 5]));
    let u = divmod(100, 7);
    let v = u;
    println!("{:?} {:?}", u, v);
}
