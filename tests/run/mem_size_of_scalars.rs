// size_of and align_of of every scalar type; i128/u128 have alignment 16.
use std::mem::{align_of, size_of};
fn main() {
    println!("i8 {} {}", size_of::<i8>(), align_of::<i8>());
    println!("u8 {} {}", size_of::<u8>(), align_of::<u8>());
    println!("i16 {} {}", size_of::<i16>(), align_of::<i16>());
    println!("u16 {} {}", size_of::<u16>(), align_of::<u16>());
    println!("i32 {} {}", size_of::<i32>(), align_of::<i32>());
    println!("u32 {} {}", size_of::<u32>(), align_of::<u32>());
    println!("i64 {} {}", size_of::<i64>(), align_of::<i64>());
    println!("u64 {} {}", size_of::<u64>(), align_of::<u64>());
    println!("i128 {} {}", size_of::<i128>(), align_of::<i128>());
    println!("u128 {} {}", size_of::<u128>(), align_of::<u128>());
    println!("isize {} {}", size_of::<isize>(), align_of::<isize>());
    println!("usize {} {}", size_of::<usize>(), align_of::<usize>());
    println!("f32 {} {}", size_of::<f32>(), align_of::<f32>());
    println!("f64 {} {}", size_of::<f64>(), align_of::<f64>());
    println!("bool {} {}", size_of::<bool>(), align_of::<bool>());
    println!("char {} {}", size_of::<char>(), align_of::<char>());
    println!("() {} {}", size_of::<()>(), align_of::<()>());
}
