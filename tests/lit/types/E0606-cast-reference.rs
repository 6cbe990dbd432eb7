// A reference is not a number: dereference it first.
fn main() {
    let x = 5i32;
    let r = &x;
    let n = r as i64;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0606]: casting `&i32` as `i64` is invalid
// ERR-NEXT: --> {{.*}}E0606-cast-reference.rs:5:13
// ERR-NEXT:  |
// ERR-NEXT:5 |     let n = r as i64;
// ERR-NEXT:  |             ^^^^^^^^
// ERR-NEXT:  |
// ERR-NEXT:help: dereference the expression
// ERR-NEXT:  |
// ERR-NEXT:5 |     let n = *r as i64;
// ERR-NEXT:  |             +
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0606`.
