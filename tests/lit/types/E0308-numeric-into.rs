// Integer types never convert implicitly; rustc suggests `.into()`.
fn main() {
    let small: i32 = 5;
    let big: i64 = small;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-numeric-into.rs:4:20
// ERR-NEXT:  |
// ERR-NEXT:4 |     let big: i64 = small;
// ERR-NEXT:  |              ---   ^^^^^ expected `i64`, found `i32`
// ERR-NEXT:  |              |
// ERR-NEXT:  |              expected due to this
// ERR-NEXT:  |
// ERR-NEXT:help: you can convert an `i32` to an `i64`
// ERR-NEXT:  |
// ERR-NEXT:4 |     let big: i64 = small.into();
// ERR-NEXT:  |                         +++++++
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
