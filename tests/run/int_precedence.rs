// Full Rust operator precedence: unary > as > * / % > + - > << >> > & > ^ > | > comparisons > && > ||.
fn main() {
    let a: i32 = 6;
    let b: i32 = 3;
    let c: i32 = 5;
    println!("{}", a | b ^ c & 4);
    println!("{}", a << 1 + 1);
    println!("{}", a & b == 2);
    println!("{}", (a & b) == 2);
    println!("{}", 1 + 2 << 3 >> 1);
    println!("{}", a * b % c - -a / b);
    println!("{}", -a as u8 as i32 + 1);
    println!("{}", -(a as i64) * 2);
    println!("{}", !a & 0xff);
    println!("{}", (a > b) == (c > b));
    println!("{}", a < b || b < c && c < a);
    println!("{}", 2 * 3 + 4 * 5 - 6 / 2 % 4);
    println!("{}", 0xf0 | 0x0f ^ 0xff & 0x3c);
    println!("{}", 100 >> 2 & 7);
    println!("{}", 1 - 2 - 3 * -4);
}
