// f64 and f32 arithmetic: + - * / % (remainder keeps the dividend's sign), and rounding error.
fn main() {
    println!("{}", 0.1 + 0.2);
    println!("{}", 1.0 - 0.9);
    println!("{}", 3.0 * 1.1);
    println!("{}", 1.0 / 3.0);
    println!("{} {} {}", 7.5 % 2.0, -7.5 % 2.0, 7.5 % -2.0);
    println!("{}", 0.1f32 + 0.2f32);
    println!("{}", 1.0f32 / 3.0);
    println!("{}", 1e308 * 10.0);
    println!("{}", -1e308 * 10.0);
    println!("{}", 2.0 * 0.5 - 1.0);
    let x = 2.5;
    println!("{}", -x);
}
