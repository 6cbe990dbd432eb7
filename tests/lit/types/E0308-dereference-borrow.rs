// A reference where a value is expected: rustc suggests `*`.
fn main() {
    let x = 5;
    let r = &x;
    let y: i32 = r;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-dereference-borrow.rs:5:18
// ERR-NEXT:  |
// ERR-NEXT:5 |     let y: i32 = r;
// ERR-NEXT:  |            ---   ^ expected `i32`, found `&{integer}`
// ERR-NEXT:  |            |
// ERR-NEXT:  |            expected due to this
// ERR-NEXT:  |
// ERR-NEXT:help: consider dereferencing the borrow
// ERR-NEXT:  |
// ERR-NEXT:5 |     let y: i32 = *r;
// ERR-NEXT:  |                  +
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
