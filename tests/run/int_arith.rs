// Basic integer arithmetic + - * / % with operator precedence and parentheses.
fn main() {
    println!("{}", 2 + 3 * 4);
    println!("{}", (2 + 3) * 4);
    println!("{}", 10 - 4 - 3);
    println!("{}", 100 / 10 / 5);
    println!("{}", 7 % 3 * 2);
    println!("{}", 1 + 2 * 3 - 4 / 2 % 3);
    println!("{}", -2 * -3);
    println!("{}", - -5);
    let x: u64 = 1_000_000_007;
    println!("{}", x * x % 998_244_353);
    let y: i16 = 300;
    println!("{}", y * 100);
    let z: i128 = 1_000_000_000_000_000_000;
    println!("{}", z * z);
}
