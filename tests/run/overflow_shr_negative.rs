// A negative shift amount (i32 -1) also panics with "attempt to shift right with overflow".
fn shr(a: i64, n: i32) -> i64 {
    a >> n
}
fn main() {
    println!("{}", shr(-64, 3));
    println!("{}", shr(1, -1));
}
