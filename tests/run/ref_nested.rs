// References to references: &&i32, &mut &mut, and auto-deref for arithmetic via explicit *.
fn deep(r: &&&i32) -> i32 {
    ***r * 2
}
fn main() {
    let x = 21;
    let a = &x;
    let b = &a;
    let c = &b;
    println!("{} {}", deep(c), ***c);
    let mut y = 1;
    let mut m = &mut y;
    let mm = &mut m;
    **mm += 41;
    println!("{}", y);
    let s = "str";
    let rs = &s;
    let rrs = &rs;
    println!("{} {}", rrs, rrs.len());
}
