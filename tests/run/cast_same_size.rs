// Same-size signed/unsigned reinterpretation casts and casts to the same type.
fn main() {
    println!("{} {}", -1i8 as u8, 255u8 as i8);
    println!("{} {}", i16::MIN as u16, 40000u16 as i16);
    println!("{} {}", -1i32 as u32, 3000000000u32 as i32);
    println!("{} {}", i64::MIN as u64, u64::MAX as i64);
    println!("{}", -1i128 as u128);
    println!("{}", u128::MAX as i128);
    println!("{} {}", -1isize as usize, usize::MAX as isize);
    println!("{} {}", 5i32 as i32, 2.5f64 as f64);
    println!("{} {}", -1i64 as isize, usize::MAX as u64);
}
