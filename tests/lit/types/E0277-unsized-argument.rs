// A parameter of type `str` (a `&str` was meant).
fn f(s: str) {}
fn main() {}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0277]: the size for values of type `str` cannot be known at compilation time
// ERR-NEXT: --> {{.*}}E0277-unsized-argument.rs:2:9
// ERR-NEXT:  |
// ERR-NEXT:2 | fn f(s: str) {}
// ERR-NEXT:  |         ^^^ doesn't have a size known at compile-time
// ERR-NEXT:  |
// ERR-NEXT:  = help: the trait `Sized` is not implemented for `str`
// ERR-NEXT:help: function arguments must have a statically known size, borrowed types always have a known size
// ERR-NEXT:  |
// ERR-NEXT:2 | fn f(s: &str) {}
// ERR-NEXT:  |         +
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0277`.
