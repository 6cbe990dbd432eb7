// size_of/align_of of tuples (reordered, last field kept), arrays, references, &str and String.
use std::mem;
fn main() {
    println!("(u8, u32, u16) {} {}", mem::size_of::<(u8, u32, u16)>(), mem::align_of::<(u8, u32, u16)>());
    println!("(u8, u8) {} {}", mem::size_of::<(u8, u8)>(), mem::align_of::<(u8, u8)>());
    println!("(i32, f64) {} {}", mem::size_of::<(i32, f64)>(), mem::align_of::<(i32, f64)>());
    println!("(u8, u64, u8) {} {}", mem::size_of::<(u8, u64, u8)>(), mem::align_of::<(u8, u64, u8)>());
    println!("(char, u8) {} {}", mem::size_of::<(char, u8)>(), mem::align_of::<(char, u8)>());
    println!("((), u8) {} {}", mem::size_of::<((), u8)>(), mem::align_of::<((), u8)>());
    println!("(u8, i128) {} {}", mem::size_of::<(u8, i128)>(), mem::align_of::<(u8, i128)>());
    println!("(bool, String) {} {}", mem::size_of::<(bool, String)>(), mem::align_of::<(bool, String)>());
    println!("[u8; 3] {} {}", mem::size_of::<[u8; 3]>(), mem::align_of::<[u8; 3]>());
    println!("[u16; 0] {} {}", mem::size_of::<[u16; 0]>(), mem::align_of::<[u16; 0]>());
    println!("[i32; 5] {} {}", mem::size_of::<[i32; 5]>(), mem::align_of::<[i32; 5]>());
    println!("[u64; 0] {} {}", mem::size_of::<[u64; 0]>(), mem::align_of::<[u64; 0]>());
    println!("[(u8, u16); 3] {} {}", mem::size_of::<[(u8, u16); 3]>(), mem::align_of::<[(u8, u16); 3]>());
    println!("[[i128; 2]; 3] {} {}", mem::size_of::<[[i128; 2]; 3]>(), mem::align_of::<[[i128; 2]; 3]>());
    println!("&i32 {} {}", mem::size_of::<&i32>(), mem::align_of::<&i32>());
    println!("&mut u8 {} {}", mem::size_of::<&mut u8>(), mem::align_of::<&mut u8>());
    println!("&str {} {}", mem::size_of::<&str>(), mem::align_of::<&str>());
    println!("String {} {}", mem::size_of::<String>(), mem::align_of::<String>());
    println!("&String {} {}", mem::size_of::<&String>(), mem::align_of::<&String>());
    println!("[String; 2] {} {}", mem::size_of::<[String; 2]>(), mem::align_of::<[String; 2]>());
    println!("(&str, u8) {} {}", mem::size_of::<(&str, u8)>(), mem::align_of::<(&str, u8)>());
    println!("(u16, (u8, u32)) {} {}", mem::size_of::<(u16, (u8, u32))>(), mem::align_of::<(u16, (u8, u32))>());
    println!("((), ()) {} {}", mem::size_of::<((), ())>(), mem::align_of::<((), ())>());
}
