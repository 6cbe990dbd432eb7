// {:x} and {:X} of every integer width, negatives shown as two's complement of their own width.
fn main() {
    println!("{:x} {:x} {:x} {:x} {:x}", -1i8, -1i16, -1i32, -1i64, -1isize);
    println!("{:x}", -1i128);
    println!("{:X} {:X} {:X} {:X}", i8::MIN, i16::MIN, i32::MIN, i64::MIN);
    println!("{:X}", i128::MIN);
    println!("{:x} {:x} {:x} {:x} {:x}", u8::MAX, u16::MAX, u32::MAX, u64::MAX, usize::MAX);
    println!("{:x}", u128::MAX);
    println!("{:x} {:X} {:x}", 0, 3735928559u32, 48879);
    println!("{:x} {:X}", -2i8, -256i16);
    println!("[{:8x}] [{:<8X}] [{:08X}]", 0xbeef, 0xbeef, 0xbeef);
    println!("{:x}", 0x0123456789abcdef0123456789abcdefu128);
}
