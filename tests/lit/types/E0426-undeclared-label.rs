// `break 'name` needs a loop with that label.
fn main() {
    loop {
        break 'done;
    }
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0426]: use of undeclared label `'done`
// ERR-NEXT: --> {{.*}}E0426-undeclared-label.rs:4:15
// ERR-NEXT:  |
// ERR-NEXT:4 |         break 'done;
// ERR-NEXT:  |               ^^^^^ undeclared label `'done`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0426`.
