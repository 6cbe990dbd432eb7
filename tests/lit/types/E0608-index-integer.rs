// Integers cannot be indexed.
fn main() {
    let n = 10u8;
    let d = n[0];
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0608]: cannot index into a value of type `u8`
// ERR-NEXT: --> {{.*}}E0608-index-integer.rs:4:14
// ERR-NEXT:  |
// ERR-NEXT:4 |     let d = n[0];
// ERR-NEXT:  |              ^^^
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0608`.
