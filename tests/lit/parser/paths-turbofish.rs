// Paths with `::`, turbofish generic arguments (with `>>` split in two),
// `std::mem` items through `use` trees, and method calls.
use std::mem;
use std::mem::{align_of, size_of as sz};
fn main() {
    let a = std::mem::size_of::<(u8, u32)>();
    let b = mem::align_of::<[[u16; 2]; 3]>();
    let c = sz::<&&str>() + align_of::<i128>();
    let s = String::from("hi");
    let n = s.len();
    ::std::mem::drop(s);
    println!("{} {} {} {}", a, b, c, n);
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:use 3:1
// AST-NEXT:  tree std::mem as mem 3:5
// AST-NEXT:use 4:1
// AST-NEXT:  tree std::mem::align_of as align_of 4:16
// AST-NEXT:  tree std::mem::size_of as sz 4:26
// AST-NEXT:fn main 5:1
// AST-NEXT:  body 5:11
// AST-NEXT:    let 6:5
// AST-NEXT:      pat a 6:9: usize
// AST-NEXT:      call 6:13: usize
// AST-NEXT:        path std::mem::size_of::<(u8, u32)> (builtin) 6:13: ()
// AST-NEXT:    let 7:5
// AST-NEXT:      pat b 7:9: usize
// AST-NEXT:      call 7:13: usize
// AST-NEXT:        path mem::align_of::<{{\[\[}}u16; 2]; 3]> (builtin) 7:13: ()
// AST-NEXT:    let 8:5
// AST-NEXT:      pat c 8:9: usize
// AST-NEXT:      binary + 8:13: usize
// AST-NEXT:        call 8:13: usize
// AST-NEXT:          path sz::<&&str> (builtin) 8:13: ()
// AST-NEXT:        call 8:29: usize
// AST-NEXT:          path align_of::<i128> (builtin) 8:29: ()
// AST-NEXT:    let 9:5
// AST-NEXT:      pat s 9:9: String
// AST-NEXT:      call 9:13: String
// AST-NEXT:        path String::from (builtin) 9:13: ()
// AST-NEXT:        str "hi" 9:26: &str
// AST-NEXT:    let 10:5
// AST-NEXT:      pat n 10:9: usize
// AST-NEXT:      method len 10:13: usize
// AST-NEXT:        coerce deref-string 10:13: &str
// AST-NEXT:          coerce autoref 10:13: &String
// AST-NEXT:            path s (local) 10:13: String
// AST-NEXT:    expr; 11:5
// AST-NEXT:      call 11:5: ()
// AST-NEXT:        path std::mem::drop (builtin) 11:5: ()
// AST-NEXT:        path s (local) 11:22: String
// AST-NEXT:    expr; 12:5
// AST-NEXT:      macro println! 12:5: ()
// AST-NEXT:        str "{} {} {} {}" 12:14: &str
// AST-NEXT:        path a (local) 12:29: usize
// AST-NEXT:        path b (local) 12:32: usize
// AST-NEXT:        path c (local) 12:35: usize
// AST-NEXT:        path n (local) 12:38: usize
