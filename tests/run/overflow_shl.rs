// Shifting an i32 left by 32 or more panics with "attempt to shift left with overflow".
fn shl(a: i32, n: u32) -> i32 {
    a << n
}
fn main() {
    println!("{}", shl(1, 31));
    println!("{}", shl(-1, 0));
    println!("{}", shl(1, 32));
}
