// Unconstrained integers default to i32, floats to f64; `let` without an
// initialiser takes its type from the first assignment.
fn main() {
    let a = 7;
    let b = 2.5;
    let c;
    c = 10u16;
    let d = a * 2 + 1;
    println!("{} {} {} {}", a, b, c, d);
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:fn main 3:1
// AST-NEXT:  body 3:11
// AST-NEXT:    let 4:5
// AST-NEXT:      pat a 4:9: i32
// AST-NEXT:      int 7 4:13: i32
// AST-NEXT:    let 5:5
// AST-NEXT:      pat b 5:9: f64
// AST-NEXT:      float 2.5 5:13: f64
// AST-NEXT:    let 6:5
// AST-NEXT:      pat c 6:9: u16
// AST-NEXT:    expr; 7:5
// AST-NEXT:      assign = 7:5: ()
// AST-NEXT:        path c (local) 7:5: u16
// AST-NEXT:        int 10u16 7:9: u16
// AST-NEXT:    let 8:5
// AST-NEXT:      pat d 8:9: i32
// AST-NEXT:      binary + 8:13: i32
// AST-NEXT:        binary * 8:13: i32
// AST-NEXT:          path a (local) 8:13: i32
// AST-NEXT:          int 2 8:17: i32
// AST-NEXT:        int 1 8:21: i32
// AST-NEXT:    expr; 9:5
// AST-NEXT:      macro println! 9:5: ()
// AST-NEXT:        str "{} {} {} {}" 9:14: &str
// AST-NEXT:        path a (local) 9:29: i32
// AST-NEXT:        path b (local) 9:32: f64
// AST-NEXT:        path c (local) 9:35: u16
// AST-NEXT:        path d (local) 9:38: i32
