// An `if` with a value needs an `else`.
fn main() {
    let n = 3;
    let label = if n > 2 { "big" };
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0317]: `if` may be missing an `else` clause
// ERR-NEXT: --> {{.*}}E0317-if-value-without-else.rs:4:17
// ERR-NEXT:  |
// ERR-NEXT:4 |     let label = if n > 2 { "big" };
// ERR-NEXT:  |                 ^^^^^^^^^^^-----^^
// ERR-NEXT:  |                 |          |
// ERR-NEXT:  |                 |          found here
// ERR-NEXT:  |                 expected `&str`, found `()`
// ERR-NEXT:  |
// ERR-NEXT:  = note: `if` expressions without `else` evaluate to `()`
// ERR-NEXT:  = help: consider adding an `else` block that evaluates to the expected type
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0317`.
