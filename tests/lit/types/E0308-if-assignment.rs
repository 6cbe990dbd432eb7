// `=` in a condition is an assignment, whose value is ().
fn main() {
    let mut x = 10;
    if x = 5 {
        x += 1;
    }
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-if-assignment.rs:4:8
// ERR-NEXT:  |
// ERR-NEXT:4 |     if x = 5 {
// ERR-NEXT:  |        ^^^^^ expected `bool`, found `()`
// ERR-NEXT:  |
// ERR-NEXT:help: you might have meant to compare for equality
// ERR-NEXT:  |
// ERR-NEXT:4 |     if x == 5 {
// ERR-NEXT:  |           +
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
