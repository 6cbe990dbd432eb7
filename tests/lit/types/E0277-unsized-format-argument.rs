// A format argument is taken by reference, but it must be a sized value.
fn main() {
    let s = "abc";
    println!("{}", *s);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0277]: the size for values of type `str` cannot be known at compilation time
// ERR-NEXT: --> {{.*}}E0277-unsized-format-argument.rs:4:20
// ERR-NEXT:  |
// ERR-NEXT:4 |     println!("{}", *s);
// ERR-NEXT:  |               --   ^^ doesn't have a size known at compile-time
// ERR-NEXT:  |               |
// ERR-NEXT:  |               required by this formatting parameter
// ERR-NEXT:  |
// ERR-NEXT:  = help: the trait `Sized` is not implemented for `str`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0277`.
