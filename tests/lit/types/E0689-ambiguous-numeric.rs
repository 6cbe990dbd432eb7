// A method of a specific integer type needs that type to be known.
fn main() {
    let x = 2;
    let y = x.pow(3);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0689]: can't call method `pow` on ambiguous numeric type `{integer}`
// ERR-NEXT: --> {{.*}}E0689-ambiguous-numeric.rs:4:15
// ERR-NEXT:  |
// ERR-NEXT:4 |     let y = x.pow(3);
// ERR-NEXT:  |               ^^^
// ERR-NEXT:  |
// ERR-NEXT:help: you must specify a type for this binding, like `i32`
// ERR-NEXT:  |
// ERR-NEXT:3 |     let x: i32 = 2;
// ERR-NEXT:  |          +++++
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0689`.
