// `let` with every pattern owl has: bindings, `mut`, `_`, nested tuples,
// `..` rest, with and without a type and an initializer.
fn main() {
    let a;
    a = 1;
    let mut b: i32 = 2;
    let _ = a;
    let (c, mut d) = (3, 4);
    let ((e, _), f) = ((5, 6), 7);
    let (g, ..) = (8, 9, 10);
    let (.., h) = (11, 12);
    b += d;
    d = 0;
    println!("{} {} {} {} {} {} {} {}", a, b, c, d, e, f, g, h);
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:fn main 3:1
// AST-NEXT:  body 3:11
// AST-NEXT:    let 4:5
// AST-NEXT:      pat a 4:9: i32
// AST-NEXT:    expr; 5:5
// AST-NEXT:      assign = 5:5: ()
// AST-NEXT:        path a (local) 5:5: i32
// AST-NEXT:        int 1 5:9: i32
// AST-NEXT:    let 6:5
// AST-NEXT:      pat mut b 6:9: i32
// AST-NEXT:      type `i32` 6:16: i32
// AST-NEXT:      int 2 6:22: i32
// AST-NEXT:    let 7:5
// AST-NEXT:      pat _ 7:9: i32
// AST-NEXT:      path a (local) 7:13: i32
// AST-NEXT:    let 8:5
// AST-NEXT:      pat tuple 8:9: (i32, i32)
// AST-NEXT:        pat c 8:10: i32
// AST-NEXT:        pat mut d 8:13: i32
// AST-NEXT:      tuple 8:22: (i32, i32)
// AST-NEXT:        int 3 8:23: i32
// AST-NEXT:        int 4 8:26: i32
// AST-NEXT:    let 9:5
// AST-NEXT:      pat tuple 9:9: ((i32, i32), i32)
// AST-NEXT:        pat tuple 9:10: (i32, i32)
// AST-NEXT:          pat e 9:11: i32
// AST-NEXT:          pat _ 9:14: i32
// AST-NEXT:        pat f 9:18: i32
// AST-NEXT:      tuple 9:23: ((i32, i32), i32)
// AST-NEXT:        tuple 9:24: (i32, i32)
// AST-NEXT:          int 5 9:25: i32
// AST-NEXT:          int 6 9:28: i32
// AST-NEXT:        int 7 9:32: i32
// AST-NEXT:    let 10:5
// AST-NEXT:      pat tuple 10:9: (i32, i32, i32)
// AST-NEXT:        pat g 10:10: i32
// AST-NEXT:        pat .. 10:13: ()
// AST-NEXT:      tuple 10:19: (i32, i32, i32)
// AST-NEXT:        int 8 10:20: i32
// AST-NEXT:        int 9 10:23: i32
// AST-NEXT:        int 10 10:26: i32
// AST-NEXT:    let 11:5
// AST-NEXT:      pat tuple 11:9: (i32, i32)
// AST-NEXT:        pat .. 11:10: ()
// AST-NEXT:        pat h 11:14: i32
// AST-NEXT:      tuple 11:19: (i32, i32)
// AST-NEXT:        int 11 11:20: i32
// AST-NEXT:        int 12 11:24: i32
// AST-NEXT:    expr; 12:5
// AST-NEXT:      assign += 12:5: ()
// AST-NEXT:        path b (local) 12:5: i32
// AST-NEXT:        path d (local) 12:10: i32
// AST-NEXT:    expr; 13:5
// AST-NEXT:      assign = 13:5: ()
// AST-NEXT:        path d (local) 13:5: i32
// AST-NEXT:        int 0 13:9: i32
// AST-NEXT:    expr; 14:5
// AST-NEXT:      macro println! 14:5: ()
// AST-NEXT:        str "{} {} {} {} {} {} {} {}" 14:14: &str
// AST-NEXT:        path a (local) 14:41: i32
// AST-NEXT:        path b (local) 14:44: i32
// AST-NEXT:        path c (local) 14:47: i32
// AST-NEXT:        path d (local) 14:50: i32
// AST-NEXT:        path e (local) 14:53: i32
// AST-NEXT:        path f (local) 14:56: i32
// AST-NEXT:        path g (local) 14:59: i32
// AST-NEXT:        path h (local) 14:62: i32
