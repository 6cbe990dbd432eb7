// `t.1.0` is field 0 of field 1, not `t` then the float `1.0`.
fn main() {
    let t = ((1, 2), (3, (4, 5)));
    let a = t.1.1.0;
    let b = t.0.1 + t.1.0;
    println!("{} {}", a, b);
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:fn main 2:1
// AST-NEXT:  body 2:11
// AST-NEXT:    let 3:5
// AST-NEXT:      pat t 3:9: ((i32, i32), (i32, (i32, i32)))
// AST-NEXT:      tuple 3:13: ((i32, i32), (i32, (i32, i32)))
// AST-NEXT:        tuple 3:14: (i32, i32)
// AST-NEXT:          int 1 3:15: i32
// AST-NEXT:          int 2 3:18: i32
// AST-NEXT:        tuple 3:22: (i32, (i32, i32))
// AST-NEXT:          int 3 3:23: i32
// AST-NEXT:          tuple 3:26: (i32, i32)
// AST-NEXT:            int 4 3:27: i32
// AST-NEXT:            int 5 3:30: i32
// AST-NEXT:    let 4:5
// AST-NEXT:      pat a 4:9: i32
// AST-NEXT:      field .0 4:13: i32
// AST-NEXT:        field .1 4:13: (i32, i32)
// AST-NEXT:          field .1 4:13: (i32, (i32, i32))
// AST-NEXT:            path t (local) 4:13: ((i32, i32), (i32, (i32, i32)))
// AST-NEXT:    let 5:5
// AST-NEXT:      pat b 5:9: i32
// AST-NEXT:      binary + 5:13: i32
// AST-NEXT:        field .1 5:13: i32
// AST-NEXT:          field .0 5:13: (i32, i32)
// AST-NEXT:            path t (local) 5:13: ((i32, i32), (i32, (i32, i32)))
// AST-NEXT:        field .0 5:21: i32
// AST-NEXT:          field .1 5:21: (i32, (i32, i32))
// AST-NEXT:            path t (local) 5:21: ((i32, i32), (i32, (i32, i32)))
// AST-NEXT:    expr; 6:5
// AST-NEXT:      macro println! 6:5: ()
// AST-NEXT:        str "{} {}" 6:14: &str
// AST-NEXT:        path a (local) 6:23: i32
// AST-NEXT:        path b (local) 6:26: i32
