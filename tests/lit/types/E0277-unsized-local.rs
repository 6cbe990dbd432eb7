// Locals, assignments, arguments and return values of type `str`.
fn main() {
    let t: str;
    let u = *"abc";
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0277]: the size for values of type `str` cannot be known at compilation time
// ERR-NEXT: --> {{.*}}E0277-unsized-local.rs:3:9
// ERR-NEXT:  |
// ERR-NEXT:3 |     let t: str;
// ERR-NEXT:  |         ^ doesn't have a size known at compile-time
// ERR-NEXT:  |
// ERR-NEXT:  = help: the trait `Sized` is not implemented for `str`
// ERR-NEXT:  = note: all local variables must have a statically known size
// ERR-NEXT:help: consider borrowing here
// ERR-NEXT:  |
// ERR-NEXT:3 |     let t: &str;
// ERR-NEXT:  |            +
// ERR-EMPTY:
// ERR-NEXT:error[E0277]: the size for values of type `str` cannot be known at compilation time
// ERR-NEXT: --> {{.*}}E0277-unsized-local.rs:4:9
// ERR-NEXT:  |
// ERR-NEXT:4 |     let u = *"abc";
// ERR-NEXT:  |         ^ doesn't have a size known at compile-time
// ERR-NEXT:  |
// ERR-NEXT:  = help: the trait `Sized` is not implemented for `str`
// ERR-NEXT:  = note: all local variables must have a statically known size
// ERR-NEXT:help: references are always `Sized`, even if they point to unsized data; consider not dereferencing the expression
// ERR-NEXT:  |
// ERR-NEXT:4 -     let u = *"abc";
// ERR-NEXT:4 +     let u = "abc";
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0277`.
