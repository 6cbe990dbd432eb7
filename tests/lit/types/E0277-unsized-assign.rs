// Assigning a `str` by value: the local and the assignment are errors.
fn main() {
    let t;
    let r: &str = &t;
    t = *"a";
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0277]: the size for values of type `str` cannot be known at compilation time
// ERR-NEXT: --> {{.*}}E0277-unsized-assign.rs:3:9
// ERR-NEXT:  |
// ERR-NEXT:3 |     let t;
// ERR-NEXT:  |         ^ doesn't have a size known at compile-time
// ERR-NEXT:  |
// ERR-NEXT:  = help: the trait `Sized` is not implemented for `str`
// ERR-NEXT:  = note: all local variables must have a statically known size
// ERR-EMPTY:
// ERR-NEXT:error[E0277]: the size for values of type `str` cannot be known at compilation time
// ERR-NEXT: --> {{.*}}E0277-unsized-assign.rs:5:5
// ERR-NEXT:  |
// ERR-NEXT:5 |     t = *"a";
// ERR-NEXT:  |     ^ doesn't have a size known at compile-time
// ERR-NEXT:  |
// ERR-NEXT:  = help: the trait `Sized` is not implemented for `str`
// ERR-NEXT:  = note: the left-hand-side of an assignment must have a statically known size
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0277`.
