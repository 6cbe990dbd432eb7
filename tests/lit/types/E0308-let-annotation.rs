// A `let` with a type annotation: the initializer must have that type.
fn main() {
    let x: i32 = "hello";
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-let-annotation.rs:3:18
// ERR-NEXT:  |
// ERR-NEXT:3 |     let x: i32 = "hello";
// ERR-NEXT:  |            ---   ^^^^^^^ expected `i32`, found `&str`
// ERR-NEXT:  |            |
// ERR-NEXT:  |            expected due to this
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
