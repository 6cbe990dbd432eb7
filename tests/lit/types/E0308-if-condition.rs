// Conditions are bool; Rust does not test integers for zero.
fn main() {
    let n = 3;
    if n {
        println!("yes");
    }
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-if-condition.rs:4:8
// ERR-NEXT:  |
// ERR-NEXT:4 |     if n {
// ERR-NEXT:  |        ^ expected `bool`, found integer
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
