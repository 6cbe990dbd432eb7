// Tuples are indexed with `.0`, not `[0]`.
fn main() {
    let t = (1, 2);
    let a = t[0];
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0608]: cannot index into a value of type `({integer}, {integer})`
// ERR-NEXT: --> {{.*}}E0608-tuple-index.rs:4:14
// ERR-NEXT:  |
// ERR-NEXT:4 |     let a = t[0];
// ERR-NEXT:  |              ^^^ help: to access tuple element `0`, use: `.0`
// ERR-NEXT:  |
// ERR-NEXT:  = help: tuples are indexed with a dot and a literal index: `tuple.0`, `tuple.1`, etc.
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0608`.
