// Functions with many parameters of mixed types, including i128, f32, char, bool and tuples.
fn mix(a: i8, b: u16, c: i32, d: u64, e: i128, f: f32, g: f64, h: char, i: bool, j: (u8, u8)) -> String {
    format!("{} {} {} {} {} {} {} {} {} {:?}", a, b, c, d, e, f, g, h, i, j)
}
fn sum8(a: i64, b: i64, c: i64, d: i64, e: i64, f: i64, g: i64, h: i64) -> i64 {
    a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h
}
fn main() {
    println!("{}", mix(-1, 2, -3, 4, -5, 6.5, -7.25, '8', true, (9, 10)));
    println!("{}", sum8(1, 1, 1, 1, 1, 1, 1, 1));
    println!("{}", sum8(-1, 2, -3, 4, -5, 6, -7, 9));
}
