// A branch of the function's tail `if` must have the return type.
fn check(x: i32) -> bool {
    if x > 0 {
        true
    } else {
        0
    }
}

fn main() {
    check(1);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-if-branch-return-type.rs:6:9
// ERR-NEXT:  |
// ERR-NEXT:2 | fn check(x: i32) -> bool {
// ERR-NEXT:  |                     ---- expected `bool` because of return type
// ERR-NEXT:...
// ERR-NEXT:6 |         0
// ERR-NEXT:  |         ^ expected `bool`, found integer
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
