// An `if` without `else` has type (), not the function's return type.
fn sign(x: i32) -> i32 {
    if x < 0 { -1 }
}

fn main() {
    sign(1);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0317]: `if` may be missing an `else` clause
// ERR-NEXT: --> {{.*}}E0317-if-without-else.rs:3:5
// ERR-NEXT:  |
// ERR-NEXT:2 | fn sign(x: i32) -> i32 {
// ERR-NEXT:  |                    --- expected `i32` because of this return type
// ERR-NEXT:3 |     if x < 0 { -1 }
// ERR-NEXT:  |     ^^^^^^^^^^^^^^^ expected `i32`, found `()`
// ERR-NEXT:  |
// ERR-NEXT:  = note: `if` expressions without `else` evaluate to `()`
// ERR-NEXT:  = help: consider adding an `else` block that evaluates to the expected type
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0317`.
