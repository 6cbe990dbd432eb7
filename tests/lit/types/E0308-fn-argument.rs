// An argument of the wrong type points at the function's definition.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    add(1, "two");
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-fn-argument.rs:7:12
// ERR-NEXT:  |
// ERR-NEXT:7 |     add(1, "two");
// ERR-NEXT:  |     ---    ^^^^^ expected `i32`, found `&str`
// ERR-NEXT:  |     |
// ERR-NEXT:  |     arguments to this function are incorrect
// ERR-NEXT:  |
// ERR-NEXT:note: function defined here
// ERR-NEXT: --> {{.*}}E0308-fn-argument.rs:2:4
// ERR-NEXT:  |
// ERR-NEXT:2 | fn add(a: i32, b: i32) -> i32 {
// ERR-NEXT:  |    ^^^         ------
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
