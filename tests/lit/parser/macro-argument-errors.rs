// Errors inside a macro's arguments are reported after the rest of the
// file, when rustc expands the macro, each as that macro words it.
fn main() {
    let x = 1;
    println!("{}" x);
    let v = vec![1, 2 3];
    format!("{}", x +);
    let y = 5 6;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: expected one of `.`, `;`, `?`, `else`, or an operator, found `6`
// ERR-NEXT: --> {{.*}}macro-argument-errors.rs:8:15
// ERR-NEXT:  |
// ERR-NEXT:8 |     let y = 5 6;
// ERR-NEXT:  |               ^ expected one of `.`, `;`, `?`, `else`, or an operator
// ERR-EMPTY:
// ERR-NEXT:error: expected `,`, found `x`
// ERR-NEXT: --> {{.*}}macro-argument-errors.rs:5:19
// ERR-NEXT:  |
// ERR-NEXT:5 |     println!("{}" x);
// ERR-NEXT:  |                   ^ expected `,`
// ERR-EMPTY:
// ERR-NEXT:error: no rules expected `3`
// ERR-NEXT: --> {{.*}}macro-argument-errors.rs:6:23
// ERR-NEXT:  |
// ERR-NEXT:6 |     let v = vec![1, 2 3];
// ERR-NEXT:  |                      -^ no rules expected this token in macro call
// ERR-NEXT:  |                      |
// ERR-NEXT:  |                      help: missing comma here
// ERR-NEXT:  |
// ERR-NEXT:  = note: while trying to match sequence start
// ERR-EMPTY:
// ERR-NEXT:error: expected expression, found end of macro arguments
// ERR-NEXT: --> {{.*}}macro-argument-errors.rs:7:22
// ERR-NEXT:  |
// ERR-NEXT:7 |     format!("{}", x +);
// ERR-NEXT:  |                      ^ expected expression
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 4 previous errors
