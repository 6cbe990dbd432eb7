// Copy types are copied on assignment; later mutation of the source does not affect the copy.
fn main() {
    let mut a = 1;
    let b = a;
    a += 1;
    println!("{} {}", a, b);
    let mut t = (1, 'c', 2.5);
    let u = t;
    t.0 = 9;
    println!("{:?} {:?}", t, u);
    let mut arr = [1u8; 3];
    let arr2 = arr;
    arr[0] = 0;
    println!("{:?} {:?}", arr, arr2);
    let r = &a;
    let r2 = r;
    println!("{} {}", r, r2);
    let s: &str = "shared";
    let s2 = s;
    println!("{} {}", s, s2);
}
