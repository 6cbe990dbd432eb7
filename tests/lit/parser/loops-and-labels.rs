// Loops with labels, `break` with a label and/or a value, `continue` with
// a label, `return` with and without a value.
fn find(limit: i32) -> i32 {
    let mut n = 0;
    'outer: while n < limit {
        for i in 0..=3 {
            if i == 2 { continue 'outer; }
            if n > 5 { break 'outer; }
            n += 1;
        }
    }
    let v = 'search: loop {
        loop { break 'search n * 2; }
    };
    if v > 100 { return 0; }
    v
}
fn main() {
    println!("{}", find(3));
    return;
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:fn find 3:1
// AST-NEXT:  param 3:9
// AST-NEXT:    pat limit 3:9: i32
// AST-NEXT:    type `i32` 3:16: i32
// AST-NEXT:  ret `i32` 3:24: i32
// AST-NEXT:  body 3:28
// AST-NEXT:    let 4:5
// AST-NEXT:      pat mut n 4:9: i32
// AST-NEXT:      int 0 4:17: i32
// AST-NEXT:    expr 5:5
// AST-NEXT:      while 'outer 5:5: ()
// AST-NEXT:        binary < 5:19: bool
// AST-NEXT:          path n (local) 5:19: i32
// AST-NEXT:          path limit (local) 5:23: i32
// AST-NEXT:        block 5:29
// AST-NEXT:          tail 6:9
// AST-NEXT:            for 6:9: ()
// AST-NEXT:              pat i 6:13: i32
// AST-NEXT:              range ..= 6:18: i32
// AST-NEXT:                int 0 6:18: i32
// AST-NEXT:                int 3 6:22: i32
// AST-NEXT:              block 6:24
// AST-NEXT:                expr 7:13
// AST-NEXT:                  if 7:13: ()
// AST-NEXT:                    binary == 7:16: bool
// AST-NEXT:                      path i (local) 7:16: i32
// AST-NEXT:                      int 2 7:21: i32
// AST-NEXT:                    then 7:23
// AST-NEXT:                      expr; 7:25
// AST-NEXT:                        continue 'outer 7:25: !
// AST-NEXT:                expr 8:13
// AST-NEXT:                  if 8:13: ()
// AST-NEXT:                    binary > 8:16: bool
// AST-NEXT:                      path n (local) 8:16: i32
// AST-NEXT:                      int 5 8:20: i32
// AST-NEXT:                    then 8:22
// AST-NEXT:                      expr; 8:24
// AST-NEXT:                        break 'outer 8:24: !
// AST-NEXT:                expr; 9:13
// AST-NEXT:                  assign += 9:13: ()
// AST-NEXT:                    path n (local) 9:13: i32
// AST-NEXT:                    int 1 9:18: i32
// AST-NEXT:    let 12:5
// AST-NEXT:      pat v 12:9: i32
// AST-NEXT:      loop 'search 12:13: i32
// AST-NEXT:        block 12:27
// AST-NEXT:          tail 13:9
// AST-NEXT:            coerce never 13:9: ()
// AST-NEXT:              loop 13:9: !
// AST-NEXT:                block 13:14
// AST-NEXT:                  expr; 13:16
// AST-NEXT:                    break 'search 13:16: !
// AST-NEXT:                      binary * 13:30: i32
// AST-NEXT:                        path n (local) 13:30: i32
// AST-NEXT:                        int 2 13:34: i32
// AST-NEXT:    expr 15:5
// AST-NEXT:      if 15:5: ()
// AST-NEXT:        binary > 15:8: bool
// AST-NEXT:          path v (local) 15:8: i32
// AST-NEXT:          int 100 15:12: i32
// AST-NEXT:        then 15:16
// AST-NEXT:          expr; 15:18
// AST-NEXT:            return 15:18: !
// AST-NEXT:              int 0 15:25: i32
// AST-NEXT:    tail 16:5
// AST-NEXT:      path v (local) 16:5: i32
// AST-NEXT:fn main 18:1
// AST-NEXT:  body 18:11
// AST-NEXT:    expr; 19:5
// AST-NEXT:      macro println! 19:5: ()
// AST-NEXT:        str "{}" 19:14: &str
// AST-NEXT:        call 19:20: i32
// AST-NEXT:          path find (fn) 19:20: ()
// AST-NEXT:          int 3 19:25: i32
// AST-NEXT:    expr; 20:5
// AST-NEXT:      return 20:5: !
