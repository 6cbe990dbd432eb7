// Each `let` makes a new variable; block scopes end; items are visible
// everywhere in their block, consts too, and std paths resolve.
use std::mem::size_of;

const LIMIT: i32 = 3;

fn main() {
    let x = 1;
    let x = x + 1;
    {
        let x = "inner";
        println!("{}", x);
    }
    println!("{} {} {}", x, helper(), size_of::<u16>());
    fn helper() -> i32 {
        LIMIT + i32::MAX / i32::MAX
    }
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:use 3:1
// AST-NEXT:  tree std::mem::size_of as size_of 3:5
// AST-NEXT:const LIMIT 5:1: i32
// AST-NEXT:  type `i32` 5:14: i32
// AST-NEXT:  int 3 5:20: i32
// AST-NEXT:fn main 7:1
// AST-NEXT:  body 7:11
// AST-NEXT:    let 8:5
// AST-NEXT:      pat x 8:9: i32
// AST-NEXT:      int 1 8:13: i32
// AST-NEXT:    let 9:5
// AST-NEXT:      pat x 9:9: i32
// AST-NEXT:      binary + 9:13: i32
// AST-NEXT:        path x (local) 9:13: i32
// AST-NEXT:        int 1 9:17: i32
// AST-NEXT:    expr 10:5
// AST-NEXT:      block 10:5
// AST-NEXT:        let 11:9
// AST-NEXT:          pat x 11:13: &str
// AST-NEXT:          str "inner" 11:17: &str
// AST-NEXT:        expr; 12:9
// AST-NEXT:          macro println! 12:9: ()
// AST-NEXT:            str "{}" 12:18: &str
// AST-NEXT:            path x (local) 12:24: &str
// AST-NEXT:    expr; 14:5
// AST-NEXT:      macro println! 14:5: ()
// AST-NEXT:        str "{} {} {}" 14:14: &str
// AST-NEXT:        path x (local) 14:26: i32
// AST-NEXT:        call 14:29: i32
// AST-NEXT:          path helper (fn) 14:29: ()
// AST-NEXT:        call 14:39: usize
// AST-NEXT:          path size_of::<u16> (builtin) 14:39: ()
// AST-NEXT:    item 15:5
// AST-NEXT:      fn helper 15:5
// AST-NEXT:        ret `i32` 15:20: i32
// AST-NEXT:        body 15:24
// AST-NEXT:          tail 16:9
// AST-NEXT:            binary + 16:9: i32
// AST-NEXT:              path LIMIT (const) 16:9: i32
// AST-NEXT:              binary / 16:17: i32
// AST-NEXT:                path i32::MAX (value) 16:17: i32
// AST-NEXT:                path i32::MAX (value) 16:28: i32
