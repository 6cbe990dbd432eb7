// The borrowed value is declared before the reference, so it lives longer.
fn main() {
    let x = 5;
    let s = String::from("lives");
    let r;
    let q;
    {
        r = &x;
        q = &s;
    }
    println!("{} {}", r, q);
}
