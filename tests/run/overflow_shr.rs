// Shifting a u32 right by 40 panics with "attempt to shift right with overflow".
fn shr(a: u32, n: u32) -> u32 {
    a >> n
}
fn main() {
    println!("{}", shr(u32::MAX, 31));
    println!("{}", shr(1, 40));
}
