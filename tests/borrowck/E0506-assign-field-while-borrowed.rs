// The borrowed field is assigned; the other field is fine.
fn main() {
    let mut a = (1, 2);
    let r = &a.0;
    a.1 = 5;
    println!("{}", a.1);
    a.0 = 6;
    println!("{} {}", r, a.0);
}
