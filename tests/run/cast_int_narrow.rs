// Narrowing integer casts keep the low bits: 300 as u8, -1 as u32, 128 as i8, big i128 values.
fn main() {
    println!("{} {} {}", 300i32 as u8, -1i32 as u32, 128i32 as i8);
    println!("{} {}", 65535u16 as i8, 65536u32 as u16);
    println!("{} {}", -129i32 as i8, 256u32 as u8);
    println!("{}", u64::MAX as i32);
    println!("{}", i64::MIN as i32);
    println!("{}", u128::MAX as u64);
    println!("{}", (1i128 << 100) as i64);
    println!("{}", -1i128 as u8);
    println!("{}", 0x1234_5678_9abc_def0u64 as u16);
    println!("{} {}", 200u8 as i8, -56i8 as u8);
    println!("{}", usize::MAX as u32);
}
