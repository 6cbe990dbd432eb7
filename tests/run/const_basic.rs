// const items: used in expressions, array lengths, as function arguments; each use is a fresh copy.
const N: usize = 4;
const GREETING: &str = "hi";
const LIMITS: (i32, i32) = (-10, 10);
const ZEROS: [u8; N] = [0; N];
fn clamp(x: i32) -> i32 {
    if x < LIMITS.0 {
        LIMITS.0
    } else if x > LIMITS.1 {
        LIMITS.1
    } else {
        x
    }
}
fn main() {
    let mut a = ZEROS;
    a[0] = 9;
    println!("{:?} {:?}", a, ZEROS);
    let b = [1i32; N];
    println!("{:?}", b);
    println!("{} {} {}", clamp(-50), clamp(3), clamp(99));
    println!("{} {}", GREETING, GREETING.len());
    println!("{}", N * 2);
}
