// A variable that is never given a value has no type to infer.
fn main() {
    let x;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0282]: type annotations needed
// ERR-NEXT: --> {{.*}}E0282-type-annotations.rs:3:9
// ERR-NEXT:  |
// ERR-NEXT:3 |     let x;
// ERR-NEXT:  |         ^
// ERR-NEXT:  |
// ERR-NEXT:help: consider giving `x` an explicit type
// ERR-NEXT:  |
// ERR-NEXT:3 |     let x: /* Type */;
// ERR-NEXT:  |          ++++++++++++
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0282`.
