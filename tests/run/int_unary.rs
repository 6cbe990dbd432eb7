// Unary minus and ! on integers and bool, including on parenthesised and nested expressions.
fn neg(x: i64) -> i64 {
    -x
}
fn main() {
    let a = 5;
    println!("{} {} {}", -a, !a, -(-a));
    println!("{}", neg(i64::MAX));
    println!("{}", neg(-1));
    println!("{}", !true);
    println!("{}", !!false);
    println!("{}", -(3 - 10));
    let b: u8 = 0b1010_0101;
    println!("{}", !b);
    println!("{}", -i8::MAX);
    println!("{}", -0);
}
