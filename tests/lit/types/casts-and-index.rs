// Char casts are u8s; indices are usizes; `a.len()` on an array is its
// length after a borrow of the array (rustc borrows it to call len).
fn main() {
    let c = 65 as char;
    let a = [10, 20, 30];
    let i = 1;
    let v = a[i];
    let n = a.len();
    let f = 3 as f64;
    println!("{} {} {} {}", c, v, n, f);
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:fn main 3:1
// AST-NEXT:  body 3:11
// AST-NEXT:    let 4:5
// AST-NEXT:      pat c 4:9: char
// AST-NEXT:      cast 4:13: char
// AST-NEXT:        int 65 4:13: u8
// AST-NEXT:        type `char` 4:19: char
// AST-NEXT:    let 5:5
// AST-NEXT:      pat a 5:9: [i32; 3]
// AST-NEXT:      array 5:13: [i32; 3]
// AST-NEXT:        int 10 5:14: i32
// AST-NEXT:        int 20 5:18: i32
// AST-NEXT:        int 30 5:22: i32
// AST-NEXT:    let 6:5
// AST-NEXT:      pat i 6:9: usize
// AST-NEXT:      int 1 6:13: usize
// AST-NEXT:    let 7:5
// AST-NEXT:      pat v 7:9: i32
// AST-NEXT:      index 7:13: i32
// AST-NEXT:        path a (local) 7:13: [i32; 3]
// AST-NEXT:        path i (local) 7:15: usize
// AST-NEXT:    let 8:5
// AST-NEXT:      pat n 8:9: usize
// AST-NEXT:      block 8:13
// AST-NEXT:        expr; 8:13
// AST-NEXT:          ref & 8:13: &[i32; 3]
// AST-NEXT:            path a (local) 8:13: [i32; 3]
// AST-NEXT:        tail 8:13
// AST-NEXT:          int 3usize 8:13: usize
// AST-NEXT:    let 9:5
// AST-NEXT:      pat f 9:9: f64
// AST-NEXT:      cast 9:13: f64
// AST-NEXT:        int 3 9:13: i32
// AST-NEXT:        type `f64` 9:18: f64
// AST-NEXT:    expr; 10:5
// AST-NEXT:      macro println! 10:5: ()
// AST-NEXT:        str "{} {} {} {}" 10:14: &str
// AST-NEXT:        path c (local) 10:29: char
// AST-NEXT:        path v (local) 10:32: i32
// AST-NEXT:        path n (local) 10:35: usize
// AST-NEXT:        path f (local) 10:38: f64
