// 12: How big is a value? size_of, align_of, and rustc's field reordering.
//
// Look at: the tuple lines (lines 30-33).
// Expect: a tuple (u8, u32, u16) holds 1 + 4 + 2 = 7 bytes of data. Laid out
// in source order, as a C struct would be, it would need 12 bytes (padding
// after the u8 so the u32 is 4-aligned, and at the end). rustc reorders the
// fields by alignment instead: u32 at offset 0, u8 at 4, u16 at 6 (the last
// element of a tuple keeps its place), so the tuple is 8 bytes. The three
// field addresses printed on lines 37-39 show it: .1 has the lowest address.
// The alignment of a tuple is the largest alignment of its fields, and its
// size is always a multiple of its alignment: (u8, u64, u8) is 16.
// Then: the sizes of String (24), &str (16), &i32 (8), char (4), bool (1),
// () (0): none of them depends on the value stored.

use std::mem::{align_of, size_of};

fn main() {
    println!("u8      size {:2} align {}", size_of::<u8>(), align_of::<u8>());
    println!("i32     size {:2} align {}", size_of::<i32>(), align_of::<i32>());
    println!("u64     size {:2} align {}", size_of::<u64>(), align_of::<u64>());
    println!("i128    size {:2} align {}", size_of::<i128>(), align_of::<i128>());
    println!("f64     size {:2} align {}", size_of::<f64>(), align_of::<f64>());
    println!("bool    size {:2} align {}", size_of::<bool>(), align_of::<bool>());
    println!("char    size {:2} align {}", size_of::<char>(), align_of::<char>());
    println!("()      size {:2} align {}", size_of::<()>(), align_of::<()>());
    println!("&i32    size {:2} align {}", size_of::<&i32>(), align_of::<&i32>());
    println!("&str    size {:2} align {}", size_of::<&str>(), align_of::<&str>());
    println!("String  size {:2} align {}", size_of::<String>(), align_of::<String>());
    println!("[i32; 5]       size {:2} align {}", size_of::<[i32; 5]>(), align_of::<[i32; 5]>());
    println!("(u8, u32, u16) size {:2} align {}", size_of::<(u8, u32, u16)>(), align_of::<(u8, u32, u16)>());
    println!("(u8, u64, u8)  size {:2} align {}", size_of::<(u8, u64, u8)>(), align_of::<(u8, u64, u8)>());
    println!("(i32, f64)     size {:2} align {}", size_of::<(i32, f64)>(), align_of::<(i32, f64)>());
    println!("(char, u8)     size {:2} align {}", size_of::<(char, u8)>(), align_of::<(char, u8)>());

    let t: (u8, u32, u16) = (1, 2, 3);
    println!("t   at {:p}", &t);
    println!("t.0 at {:p} (u8)", &t.0);
    println!("t.1 at {:p} (u32)", &t.1);
    println!("t.2 at {:p} (u16)", &t.2);
}
