// Returning a tuple containing a String and numbers; returning arrays by value.
fn split(n: u32) -> (String, u32, bool) {
    let mut s = String::new();
    let mut k = n;
    let mut digits = 0;
    while k > 0 {
        s.push(('0' as u8 + (k % 10) as u8) as char);
        k /= 10;
        digits += 1;
    }
    (s, digits, n % 2 == 0)
}
fn squares() -> [u32; 5] {
    let mut a = [0; 5];
    for i in 0..5 {
        a[i] = (i * i) as u32;
    }
    a
}
fn main() {
    let (rev, d, even) = split(90210);
    println!("{} {} {}", rev, d, even);
    println!("{:?}", split(7));
    println!("{:?}", squares());
}
