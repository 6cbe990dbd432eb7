// Arithmetic needs one type on both sides: E0308, then E0277.
fn main() {
    let a = 1i32;
    let b = 2i64;
    let c = a + b;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-numeric-mismatch.rs:5:17
// ERR-NEXT:  |
// ERR-NEXT:5 |     let c = a + b;
// ERR-NEXT:  |                 ^ expected `i32`, found `i64`
// ERR-EMPTY:
// ERR-NEXT:error[E0277]: cannot add `i64` to `i32`
// ERR-NEXT: --> {{.*}}E0308-numeric-mismatch.rs:5:15
// ERR-NEXT:  |
// ERR-NEXT:5 |     let c = a + b;
// ERR-NEXT:  |               ^ no implementation for `i32 + i64`
// ERR-NEXT:  |
// ERR-NEXT:  = help: the trait `Add<i64>` is not implemented for `i32`
// rustc then lists the std impls of Add (with /rustc/... paths, in varying
// order); owl does not.
// ERR:error: aborting due to 2 previous errors
// ERR-EMPTY:
// ERR-NEXT:Some errors have detailed explanations: E0277, E0308.
// ERR-NEXT:For more information about an error, try `owl explain E0277`.
