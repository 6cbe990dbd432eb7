// An integer literal is not a float: rustc suggests `1.0`.
fn main() {
    let x: f64 = 1;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-float-literal.rs:3:18
// ERR-NEXT:  |
// ERR-NEXT:3 |     let x: f64 = 1;
// ERR-NEXT:  |            ---   ^ expected `f64`, found integer
// ERR-NEXT:  |            |
// ERR-NEXT:  |            expected due to this
// ERR-NEXT:  |
// ERR-NEXT:help: use a float literal
// ERR-NEXT:  |
// ERR-NEXT:3 |     let x: f64 = 1.0;
// ERR-NEXT:  |                   ++
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
