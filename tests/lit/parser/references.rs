// `&&x` is two borrows (the `&&` token splits), `&mut`, derefs, and
// reference types written with `&&`.
fn get(r: &&i32) -> i32 {
    **r
}
fn main() {
    let mut x = 5;
    {
        let m = &mut x;
        *m += 1;
    }
    let y = &&x;
    let z: &&i32 = &&x;
    println!("{} {} {}", get(y), get(z), get(&&7));
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:fn get 3:1
// AST-NEXT:  param 3:8
// AST-NEXT:    pat r 3:8: &&i32
// AST-NEXT:    type `&&i32` 3:11: &&i32
// AST-NEXT:  ret `i32` 3:21: i32
// AST-NEXT:  body 3:25
// AST-NEXT:    tail 4:5
// AST-NEXT:      unary * 4:5: i32
// AST-NEXT:        unary * 4:6: &i32
// AST-NEXT:          path r (local) 4:7: &&i32
// AST-NEXT:fn main 6:1
// AST-NEXT:  body 6:11
// AST-NEXT:    let 7:5
// AST-NEXT:      pat mut x 7:9: i32
// AST-NEXT:      int 5 7:17: i32
// AST-NEXT:    expr 8:5
// AST-NEXT:      block 8:5
// AST-NEXT:        let 9:9
// AST-NEXT:          pat m 9:13: &mut i32
// AST-NEXT:          ref &mut 9:17: &mut i32
// AST-NEXT:            path x (local) 9:22: i32
// AST-NEXT:        expr; 10:9
// AST-NEXT:          assign += 10:9: ()
// AST-NEXT:            unary * 10:9: i32
// AST-NEXT:              path m (local) 10:10: &mut i32
// AST-NEXT:            int 1 10:15: i32
// AST-NEXT:    let 12:5
// AST-NEXT:      pat y 12:9: &&i32
// AST-NEXT:      ref & 12:13: &&i32
// AST-NEXT:        ref & 12:14: &i32
// AST-NEXT:          path x (local) 12:15: i32
// AST-NEXT:    let 13:5
// AST-NEXT:      pat z 13:9: &&i32
// AST-NEXT:      type `&&i32` 13:12: &&i32
// AST-NEXT:      ref & 13:20: &&i32
// AST-NEXT:        ref & 13:21: &i32
// AST-NEXT:          path x (local) 13:22: i32
// AST-NEXT:    expr; 14:5
// AST-NEXT:      macro println! 14:5: ()
// AST-NEXT:        str "{} {} {}" 14:14: &str
// AST-NEXT:        call 14:26: i32
// AST-NEXT:          path get (fn) 14:26: ()
// AST-NEXT:          path y (local) 14:30: &&i32
// AST-NEXT:        call 14:34: i32
// AST-NEXT:          path get (fn) 14:34: ()
// AST-NEXT:          path z (local) 14:38: &&i32
// AST-NEXT:        call 14:42: i32
// AST-NEXT:          path get (fn) 14:42: ()
// AST-NEXT:          ref & 14:46: &&i32
// AST-NEXT:            ref & 14:47: &i32
// AST-NEXT:              int 7 14:48: i32
