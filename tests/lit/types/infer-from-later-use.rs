// An unsuffixed literal is an {integer} variable until something fixes it:
// here the annotated `let y` makes x a u8, and the call makes v an i64.
fn wide(a: i64) -> i64 {
    a
}

fn main() {
    let x = 5;
    let y: u8 = x;
    let v = 3;
    wide(v);
    println!("{} {}", x, y);
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:fn wide 3:1
// AST-NEXT:  param 3:9
// AST-NEXT:    pat a 3:9: i64
// AST-NEXT:    type `i64` 3:12: i64
// AST-NEXT:  ret `i64` 3:20: i64
// AST-NEXT:  body 3:24
// AST-NEXT:    tail 4:5
// AST-NEXT:      path a (local) 4:5: i64
// AST-NEXT:fn main 7:1
// AST-NEXT:  body 7:11
// AST-NEXT:    let 8:5
// AST-NEXT:      pat x 8:9: u8
// AST-NEXT:      int 5 8:13: u8
// AST-NEXT:    let 9:5
// AST-NEXT:      pat y 9:9: u8
// AST-NEXT:      type `u8` 9:12: u8
// AST-NEXT:      path x (local) 9:17: u8
// AST-NEXT:    let 10:5
// AST-NEXT:      pat v 10:9: i64
// AST-NEXT:      int 3 10:13: i64
// AST-NEXT:    expr; 11:5
// AST-NEXT:      call 11:5: i64
// AST-NEXT:        path wide (fn) 11:5: ()
// AST-NEXT:        path v (local) 11:10: i64
// AST-NEXT:    expr; 12:5
// AST-NEXT:      macro println! 12:5: ()
// AST-NEXT:        str "{} {}" 12:14: &str
// AST-NEXT:        path x (local) 12:23: u8
// AST-NEXT:        path y (local) 12:26: u8
