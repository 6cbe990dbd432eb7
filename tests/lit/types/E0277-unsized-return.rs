// A return type of `str`.
fn f() -> str {
    loop {}
}
fn main() {}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0277]: the size for values of type `str` cannot be known at compilation time
// ERR-NEXT: --> {{.*}}E0277-unsized-return.rs:2:11
// ERR-NEXT:  |
// ERR-NEXT:2 | fn f() -> str {
// ERR-NEXT:  |           ^^^ doesn't have a size known at compile-time
// ERR-NEXT:  |
// ERR-NEXT:  = help: the trait `Sized` is not implemented for `str`
// ERR-NEXT:  = note: the return type of a function must have a statically known size
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0277`.
