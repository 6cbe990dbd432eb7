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
// ERR-NEXT:help: the following other types implement trait `Add<Rhs>`
// ERR-NEXT: --> /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ops/arith.rs:99:8
// ERR-NEXT:  |
// ERR-NEXT:  = note: `i32` implements `Add`
// ERR-NEXT: ::: /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ops/arith.rs:114:0
// ERR-NEXT:  |
// ERR-NEXT:  = note: in this macro invocation
// ERR-NEXT: --> /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/internal_macros.rs:22:8
// ERR-NEXT:  |
// ERR-NEXT:  = note: `&i32` implements `Add<i32>`
// ERR-NEXT: ::: /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/internal_macros.rs:33:8
// ERR-NEXT:  |
// ERR-NEXT:  = note: `i32` implements `Add<&i32>`
// ERR-NEXT: ::: /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/internal_macros.rs:44:8
// ERR-NEXT:  |
// ERR-NEXT:  = note: `&i32` implements `Add`
// ERR-NEXT:  = note: this error originates in the macro `add_impl` (in Nightly builds, run with -Z macro-backtrace for more info)
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
// ERR-EMPTY:
// ERR-NEXT:Some errors have detailed explanations: E0277, E0308.
// ERR-NEXT:For more information about an error, try `owl explain E0277`.
