// `return`, `break`, `panic!` and loops without `break` have type `!`,
// which coerces to any type.
fn pick(c: bool) -> i32 {
    let x: i32 = if c { 1 } else { return 0; };
    let y = if c { x } else { panic!("no") };
    y
}

fn forever() -> u8 {
    loop {}
}

fn main() {
    println!("{}", pick(true));
    if false {
        forever();
    }
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:fn pick 3:1
// AST-NEXT:  param 3:9
// AST-NEXT:    pat c 3:9: bool
// AST-NEXT:    type `bool` 3:12: bool
// AST-NEXT:  ret `i32` 3:21: i32
// AST-NEXT:  body 3:25
// AST-NEXT:    let 4:5
// AST-NEXT:      pat x 4:9: i32
// AST-NEXT:      type `i32` 4:12: i32
// AST-NEXT:      if 4:18: i32
// AST-NEXT:        path c (local) 4:21: bool
// AST-NEXT:        then 4:23
// AST-NEXT:          tail 4:25
// AST-NEXT:            int 1 4:25: i32
// AST-NEXT:        else 4:34
// AST-NEXT:          coerce never 4:34: i32
// AST-NEXT:            block 4:34
// AST-NEXT:              expr; 4:36
// AST-NEXT:                return 4:36: !
// AST-NEXT:                  int 0 4:43: i32
// AST-NEXT:    let 5:5
// AST-NEXT:      pat y 5:9: i32
// AST-NEXT:      if 5:13: i32
// AST-NEXT:        path c (local) 5:16: bool
// AST-NEXT:        then 5:18
// AST-NEXT:          tail 5:20
// AST-NEXT:            path x (local) 5:20: i32
// AST-NEXT:        else 5:29
// AST-NEXT:          coerce never 5:29: i32
// AST-NEXT:            block 5:29
// AST-NEXT:              tail 5:31
// AST-NEXT:                macro panic! 5:31: !
// AST-NEXT:                  str "no" 5:38: &str
// AST-NEXT:    tail 6:5
// AST-NEXT:      path y (local) 6:5: i32
// AST-NEXT:fn forever 9:1
// AST-NEXT:  ret `u8` 9:17: u8
// AST-NEXT:  body 9:20
// AST-NEXT:    tail 10:5
// AST-NEXT:      coerce never 10:5: u8
// AST-NEXT:        loop 10:5: !
// AST-NEXT:          block 10:10
// AST-NEXT:fn main 13:1
// AST-NEXT:  body 13:11
// AST-NEXT:    expr; 14:5
// AST-NEXT:      macro println! 14:5: ()
// AST-NEXT:        str "{}" 14:14: &str
// AST-NEXT:        call 14:20: i32
// AST-NEXT:          path pick (fn) 14:20: ()
// AST-NEXT:          bool true 14:25: bool
// AST-NEXT:    tail 15:5
// AST-NEXT:      if 15:5: ()
// AST-NEXT:        bool false 15:8: bool
// AST-NEXT:        then 15:14
// AST-NEXT:          expr; 16:9
// AST-NEXT:            call 16:9: u8
// AST-NEXT:              path forever (fn) 16:9: ()
