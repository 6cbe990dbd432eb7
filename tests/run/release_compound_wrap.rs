// owl-flags: -O
// Release build: compound assignments += -= *= <<= >>= wrap and mask like the plain operators.
fn run(mut a: u8, mut b: i32, mut c: u16, s1: u32, s2: u8) {
    a += 250;
    println!("{}", a);
    a -= 255;
    println!("{}", a);
    b *= 3;
    println!("{}", b);
    b <<= s1;
    println!("{}", b);
    c >>= s2;
    println!("{}", c);
    c -= 1;
    println!("{}", c);
}
fn main() {
    run(10, i32::MAX, 4, 33, 17);
}
