// Negating i32::MIN panics with "attempt to negate with overflow", located at the minus sign.
fn neg(a: i32) -> i32 {
    let r =  -a;
    r
}
fn main() {
    println!("{}", neg(i32::MAX));
    println!("{}", neg(i32::MIN));
}
