// Moved and reinitialised inside a `while` loop.
fn main() {
    let mut s = String::from("x");
    let mut n = 0;
    while n < 3 {
        let t = s;
        s = format!("{}{}", t, n);
        n += 1;
    }
    println!("{}", s);
}
