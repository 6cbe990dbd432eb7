// Rust's operator precedence and associativity: unary binds tighter than
// `as`, `as` tighter than `*`, comparisons below bit operators, `&&`
// above `||`, ranges below `||`, compound assignment lowest.
fn main() {
    let x = 3i32;
    let a = -x as u8;
    let b = 1 + 2 * 3 - 4 / 2 % 3;
    let c = 1 << 2 + 3 & 7 | 8 ^ 1;
    let d = x > 1 && x < 5 || x == 0;
    let e = !x as i64 * 2;
    let mut g = 0;
    g += 1 + 2;
    let i = (1 + 2) * 3;
    for k in 1..x + 1 {
        g -= k;
    }
    println!("{} {} {} {} {} {} {}", a, b, c, d, e, g, i);
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:fn main 4:1
// AST-NEXT:  body 4:11
// AST-NEXT:    let 5:5
// AST-NEXT:      pat x 5:9: i32
// AST-NEXT:      int 3i32 5:13: i32
// AST-NEXT:    let 6:5
// AST-NEXT:      pat a 6:9: u8
// AST-NEXT:      cast 6:13: u8
// AST-NEXT:        unary - 6:13: i32
// AST-NEXT:          path x (local) 6:14: i32
// AST-NEXT:        type `u8` 6:19: u8
// AST-NEXT:    let 7:5
// AST-NEXT:      pat b 7:9: i32
// AST-NEXT:      binary - 7:13: i32
// AST-NEXT:        binary + 7:13: i32
// AST-NEXT:          int 1 7:13: i32
// AST-NEXT:          binary * 7:17: i32
// AST-NEXT:            int 2 7:17: i32
// AST-NEXT:            int 3 7:21: i32
// AST-NEXT:        binary % 7:25: i32
// AST-NEXT:          binary / 7:25: i32
// AST-NEXT:            int 4 7:25: i32
// AST-NEXT:            int 2 7:29: i32
// AST-NEXT:          int 3 7:33: i32
// AST-NEXT:    let 8:5
// AST-NEXT:      pat c 8:9: i32
// AST-NEXT:      binary | 8:13: i32
// AST-NEXT:        binary & 8:13: i32
// AST-NEXT:          binary << 8:13: i32
// AST-NEXT:            int 1 8:13: i32
// AST-NEXT:            binary + 8:18: i32
// AST-NEXT:              int 2 8:18: i32
// AST-NEXT:              int 3 8:22: i32
// AST-NEXT:          int 7 8:26: i32
// AST-NEXT:        binary ^ 8:30: i32
// AST-NEXT:          int 8 8:30: i32
// AST-NEXT:          int 1 8:34: i32
// AST-NEXT:    let 9:5
// AST-NEXT:      pat d 9:9: bool
// AST-NEXT:      binary || 9:13: bool
// AST-NEXT:        binary && 9:13: bool
// AST-NEXT:          binary > 9:13: bool
// AST-NEXT:            path x (local) 9:13: i32
// AST-NEXT:            int 1 9:17: i32
// AST-NEXT:          binary < 9:22: bool
// AST-NEXT:            path x (local) 9:22: i32
// AST-NEXT:            int 5 9:26: i32
// AST-NEXT:        binary == 9:31: bool
// AST-NEXT:          path x (local) 9:31: i32
// AST-NEXT:          int 0 9:36: i32
// AST-NEXT:    let 10:5
// AST-NEXT:      pat e 10:9: i64
// AST-NEXT:      binary * 10:13: i64
// AST-NEXT:        cast 10:13: i64
// AST-NEXT:          unary ! 10:13: i32
// AST-NEXT:            path x (local) 10:14: i32
// AST-NEXT:          type `i64` 10:19: i64
// AST-NEXT:        int 2 10:25: i64
// AST-NEXT:    let 11:5
// AST-NEXT:      pat mut g 11:9: i32
// AST-NEXT:      int 0 11:17: i32
// AST-NEXT:    expr; 12:5
// AST-NEXT:      assign += 12:5: ()
// AST-NEXT:        path g (local) 12:5: i32
// AST-NEXT:        binary + 12:10: i32
// AST-NEXT:          int 1 12:10: i32
// AST-NEXT:          int 2 12:14: i32
// AST-NEXT:    let 13:5
// AST-NEXT:      pat i 13:9: i32
// AST-NEXT:      binary * 13:13: i32
// AST-NEXT:        binary + 13:13: i32
// AST-NEXT:          int 1 13:14: i32
// AST-NEXT:          int 2 13:18: i32
// AST-NEXT:        int 3 13:23: i32
// AST-NEXT:    expr 14:5
// AST-NEXT:      for 14:5: ()
// AST-NEXT:        pat k 14:9: i32
// AST-NEXT:        range .. 14:14: i32
// AST-NEXT:          int 1 14:14: i32
// AST-NEXT:          binary + 14:17: i32
// AST-NEXT:            path x (local) 14:17: i32
// AST-NEXT:            int 1 14:21: i32
// AST-NEXT:        block 14:23
// AST-NEXT:          expr; 15:9
// AST-NEXT:            assign -= 15:9: ()
// AST-NEXT:              path g (local) 15:9: i32
// AST-NEXT:              path k (local) 15:14: i32
// AST-NEXT:    expr; 17:5
// AST-NEXT:      macro println! 17:5: ()
// AST-NEXT:        str "{} {} {} {} {} {} {}" 17:14: &str
// AST-NEXT:        path a (local) 17:38: u8
// AST-NEXT:        path b (local) 17:41: i32
// AST-NEXT:        path c (local) 17:44: i32
// AST-NEXT:        path d (local) 17:47: bool
// AST-NEXT:        path e (local) 17:50: i64
// AST-NEXT:        path g (local) 17:53: i32
// AST-NEXT:        path i (local) 17:56: i32
