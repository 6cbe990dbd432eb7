// owl-flags: -O
// Release build: negating the minimum value gives the minimum value back.
fn neg32(a: i32) -> i32 {
    -a
}
fn neg8(a: i8) -> i8 {
    -a
}
fn neg128(a: i128) -> i128 {
    -a
}
fn main() {
    println!("{}", neg32(i32::MIN));
    println!("{}", neg8(i8::MIN));
    println!("{}", neg128(i128::MIN));
    println!("{}", neg32(5));
}
