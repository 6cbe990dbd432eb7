// Display, Debug, hex, binary, width and sign of i128 and u128 extremes and ordinary values.
fn main() {
    println!("{} {}", i128::MIN, i128::MAX);
    println!("{} {:?}", u128::MAX, u128::MIN);
    println!("{:+} {:>45}|", i128::MAX, i128::MIN);
    println!("{:#x} {:#X}", i128::MAX, u128::MAX);
    println!("{:#b}", 1u128 << 100);
    println!("{}", 12345678901234567890123456789012345678i128);
    println!("{}", -170141183460469231731687303715884105727i128);
    println!("{:040}", -1i128);
    println!("{:e}", u128::MAX);
}
