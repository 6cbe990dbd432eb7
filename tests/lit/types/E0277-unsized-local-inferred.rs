// A local whose type is inferred as `str` from a later use (found by
// fuzzing: the ownership check's memory note asked the size of `str`).
fn f(s: &String) -> &str {
    let t ; String::from("x");
    &t
}
fn main() { f(&String::new()); }

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0277]: the size for values of type `str` cannot be known at compilation time
// ERR-NEXT: --> {{.*}}E0277-unsized-local-inferred.rs:4:9
// ERR-NEXT:  |
// ERR-NEXT:4 |     let t ; String::from("x");
// ERR-NEXT:  |         ^ doesn't have a size known at compile-time
// ERR-NEXT:  |
// ERR-NEXT:  = help: the trait `Sized` is not implemented for `str`
// ERR-NEXT:  = note: all local variables must have a statically known size
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0277`.
