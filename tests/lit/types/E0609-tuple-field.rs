// A pair has fields .0 and .1 only.
fn main() {
    let t = (1, 2);
    let z = t.2;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0609]: no field `2` on type `({integer}, {integer})`
// ERR-NEXT: --> {{.*}}E0609-tuple-field.rs:4:15
// ERR-NEXT:  |
// ERR-NEXT:4 |     let z = t.2;
// ERR-NEXT:  |               ^ unknown field
// ERR-NEXT:  |
// ERR-NEXT:  = note: available fields are: `0`, `1`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0609`.
