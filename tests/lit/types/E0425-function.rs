// Calling a function that does not exist.
fn main() {
    let v = compute(1, 2);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0425]: cannot find function `compute` in this scope
// ERR-NEXT: --> {{.*}}E0425-function.rs:3:13
// ERR-NEXT:  |
// ERR-NEXT:3 |     let v = compute(1, 2);
// ERR-NEXT:  |             ^^^^^^^ not found in this scope
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0425`.
