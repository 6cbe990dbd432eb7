// char <-> integer casts: char as u32/u8 (truncating), u8 as char, and bool as integers.
fn main() {
    println!("{} {} {}", 'A' as u32, 'é' as u32, '😀' as u32);
    println!("{} {}", 'é' as u8, '日' as u8);
    println!("{} {}", 'Z' as i32, '\u{10ffff}' as u32);
    println!("{} {}", 65u8 as char, 233u8 as char);
    println!("{:?} {:?}", 0u8 as char, 255u8 as char);
    println!("{} {}", '\n' as u8, 'a' as u64);
    println!("{}", ('a' as u8 + 2) as char);
    println!("{} {} {}", true as i32, false as u8, true as u128);
    println!("{} {}", true as i8 - 2, false as usize);
    println!("{}", '日' as u16);
}
