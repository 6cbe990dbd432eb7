// The tail expression must have the declared return type.
fn name() -> i32 {
    "x"
}

fn main() {
    name();
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-return-type.rs:3:5
// ERR-NEXT:  |
// ERR-NEXT:2 | fn name() -> i32 {
// ERR-NEXT:  |              --- expected `i32` because of return type
// ERR-NEXT:3 |     "x"
// ERR-NEXT:  |     ^^^ expected `i32`, found `&str`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
