// `return;` in a function that returns a value.
fn f() -> i32 {
    return;
}

fn main() {
    f();
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0069]: `return;` in a function whose return type is not `()`
// ERR-NEXT: --> {{.*}}E0069-return-without-value.rs:3:5
// ERR-NEXT:  |
// ERR-NEXT:2 | fn f() -> i32 {
// ERR-NEXT:  |           --- expected `i32` because of this return type
// ERR-NEXT:3 |     return;
// ERR-NEXT:  |     ^^^^^^ return type is not `()`
// ERR-NEXT:  |
// ERR-NEXT:help: give the `return` a value of the expected type
// ERR-NEXT:  |
// ERR-NEXT:3 |     return 42;
// ERR-NEXT:  |            ++
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0069`.
