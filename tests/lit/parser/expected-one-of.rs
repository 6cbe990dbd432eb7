// On one line, rustc lists what could have come next.
fn main() {
    let x = 5 6;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: expected one of `.`, `;`, `?`, `else`, or an operator, found `6`
// ERR-NEXT: --> {{.*}}expected-one-of.rs:3:15
// ERR-NEXT:  |
// ERR-NEXT:3 |     let x = 5 6;
// ERR-NEXT:  |               ^ expected one of `.`, `;`, `?`, `else`, or an operator
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
