// Integer division truncates toward zero; remainder takes the sign of the dividend.
fn div(a: i32, b: i32) -> (i32, i32) {
    (a / b, a % b)
}
fn main() {
    println!("{:?}", div(7, 2));
    println!("{:?}", div(-7, 2));
    println!("{:?}", div(7, -2));
    println!("{:?}", div(-7, -2));
    println!("{:?}", div(0, 5));
    println!("{:?}", div(i32::MIN, 1));
    println!("{:?}", div(i32::MIN, 2));
    println!("{} {}", 7u32 / 2, 7u32 % 2);
    println!("{} {}", u64::MAX / 3, u64::MAX % 7);
    println!("{} {}", -9i8 / 4, -9i8 % 4);
    println!("{} {}", i128::MIN / 3, i128::MIN % 3);
}
