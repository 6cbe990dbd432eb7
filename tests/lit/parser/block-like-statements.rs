// An expression statement that starts with a block-like expression ends
// at its `}`: `if c {} else {} - 1` is two statements. A method call
// continues it (`{ s }.len() + 2`), a `;` after it belongs to it, and
// the last one in a block is the block's value.
fn pick(c: bool) -> i32 {
    if c { 10 } else { 20 }
}
fn main() {
    let c = true;
    if c {} else {} - 1;
    { String::from("ab") }.len() + 2;
    if c { 1 } else { 2 };
    let v = { let t = 5; t * 2 };
    let w = if c { 1 } else { 2 } + 3;
    let u = loop { break 7; };
    println!("{} {} {} {}", v, w, u, pick(c));
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:fn pick 5:1
// AST-NEXT:  param 5:9
// AST-NEXT:    pat c 5:9: bool
// AST-NEXT:    type `bool` 5:12: bool
// AST-NEXT:  ret `i32` 5:21: i32
// AST-NEXT:  body 5:25
// AST-NEXT:    tail 6:5
// AST-NEXT:      if 6:5: i32
// AST-NEXT:        path c (local) 6:8: bool
// AST-NEXT:        then 6:10
// AST-NEXT:          tail 6:12
// AST-NEXT:            int 10 6:12: i32
// AST-NEXT:        else 6:22
// AST-NEXT:          block 6:22
// AST-NEXT:            tail 6:24
// AST-NEXT:              int 20 6:24: i32
// AST-NEXT:fn main 8:1
// AST-NEXT:  body 8:11
// AST-NEXT:    let 9:5
// AST-NEXT:      pat c 9:9: bool
// AST-NEXT:      bool true 9:13: bool
// AST-NEXT:    expr 10:5
// AST-NEXT:      if 10:5: ()
// AST-NEXT:        path c (local) 10:8: bool
// AST-NEXT:        then 10:10
// AST-NEXT:        else 10:18
// AST-NEXT:          block 10:18
// AST-NEXT:    expr; 10:21
// AST-NEXT:      unary - 10:21: i32
// AST-NEXT:        int 1 10:23: i32
// AST-NEXT:    expr; 11:5
// AST-NEXT:      binary + 11:5: usize
// AST-NEXT:        method len 11:5: usize
// AST-NEXT:          coerce deref-string 11:5: &str
// AST-NEXT:            coerce autoref 11:5: &String
// AST-NEXT:              block 11:5
// AST-NEXT:                tail 11:7
// AST-NEXT:                  call 11:7: String
// AST-NEXT:                    path String::from (builtin) 11:7: ()
// AST-NEXT:                    str "ab" 11:20: &str
// AST-NEXT:        int 2 11:36: usize
// AST-NEXT:    expr; 12:5
// AST-NEXT:      if 12:5: i32
// AST-NEXT:        path c (local) 12:8: bool
// AST-NEXT:        then 12:10
// AST-NEXT:          tail 12:12
// AST-NEXT:            int 1 12:12: i32
// AST-NEXT:        else 12:21
// AST-NEXT:          block 12:21
// AST-NEXT:            tail 12:23
// AST-NEXT:              int 2 12:23: i32
// AST-NEXT:    let 13:5
// AST-NEXT:      pat v 13:9: i32
// AST-NEXT:      block 13:13
// AST-NEXT:        let 13:15
// AST-NEXT:          pat t 13:19: i32
// AST-NEXT:          int 5 13:23: i32
// AST-NEXT:        tail 13:26
// AST-NEXT:          binary * 13:26: i32
// AST-NEXT:            path t (local) 13:26: i32
// AST-NEXT:            int 2 13:30: i32
// AST-NEXT:    let 14:5
// AST-NEXT:      pat w 14:9: i32
// AST-NEXT:      binary + 14:13: i32
// AST-NEXT:        if 14:13: i32
// AST-NEXT:          path c (local) 14:16: bool
// AST-NEXT:          then 14:18
// AST-NEXT:            tail 14:20
// AST-NEXT:              int 1 14:20: i32
// AST-NEXT:          else 14:29
// AST-NEXT:            block 14:29
// AST-NEXT:              tail 14:31
// AST-NEXT:                int 2 14:31: i32
// AST-NEXT:        int 3 14:37: i32
// AST-NEXT:    let 15:5
// AST-NEXT:      pat u 15:9: i32
// AST-NEXT:      loop 15:13: i32
// AST-NEXT:        block 15:18
// AST-NEXT:          expr; 15:20
// AST-NEXT:            break 15:20: !
// AST-NEXT:              int 7 15:26: i32
// AST-NEXT:    expr; 16:5
// AST-NEXT:      macro println! 16:5: ()
// AST-NEXT:        str "{} {} {} {}" 16:14: &str
// AST-NEXT:        path v (local) 16:29: i32
// AST-NEXT:        path w (local) 16:32: i32
// AST-NEXT:        path u (local) 16:35: i32
// AST-NEXT:        call 16:38: i32
// AST-NEXT:          path pick (fn) 16:38: ()
// AST-NEXT:          path c (local) 16:43: bool
