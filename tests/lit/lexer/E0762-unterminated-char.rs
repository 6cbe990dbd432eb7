// A character literal that never closes.
fn main() {
    let c = '\n;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0762]: unterminated character literal
// ERR-NEXT: --> {{.*}}E0762-unterminated-char.rs:3:13
// ERR-NEXT:  |
// ERR-NEXT:3 |     let c = '\n;
// ERR-NEXT:  |             ^^^^
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0762`.
