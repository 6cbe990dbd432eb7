// {:o} and {:b} of positive, zero, negative and extreme values of several widths.
fn main() {
    println!("{:o} {:o} {:o} {:o}", 0, 8, 511, 8u64 * 8 * 8 * 8);
    println!("{:o} {:o} {:o}", -1i8, -1i32, i64::MIN);
    println!("{:o}", u128::MAX);
    println!("{:b} {:b} {:b} {:b}", 0, 1, 10, 255u8);
    println!("{:b}", -1i16);
    println!("{:b}", i32::MIN);
    println!("{:b}", -5i8);
    println!("{:b}", u64::MAX);
    println!("{:b}", i128::MIN);
    println!("[{:016b}] [{:>12o}] [{:#018b}]", 0x1234, 1000, 170u8);
}
