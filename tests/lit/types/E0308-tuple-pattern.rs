// A tuple pattern must have as many elements as the tuple.
fn main() {
    let (a, b) = (1, 2, 3);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-tuple-pattern.rs:3:9
// ERR-NEXT:  |
// ERR-NEXT:3 |     let (a, b) = (1, 2, 3);
// ERR-NEXT:  |         ^^^^^^   --------- this expression has type `({integer}, {integer}, {integer})`
// ERR-NEXT:  |         |
// ERR-NEXT:  |         expected a tuple with 3 elements, found one with 2 elements
// ERR-NEXT:  |
// ERR-NEXT:  = note: expected tuple `({integer}, {integer}, {integer})`
// ERR-NEXT:             found tuple `(_, _)`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
