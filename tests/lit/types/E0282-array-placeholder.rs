// An empty array with no element type.
fn main() {
    let v = [];
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0282]: type annotations needed for `[_; 0]`
// ERR-NEXT: --> {{.*}}E0282-array-placeholder.rs:3:9
// ERR-NEXT:  |
// ERR-NEXT:3 |     let v = [];
// ERR-NEXT:  |         ^   -- type must be known at this point
// ERR-NEXT:  |
// ERR-NEXT:help: consider giving `v` an explicit type, where the placeholders `_` are specified
// ERR-NEXT:  |
// ERR-NEXT:3 |     let v: [_; 0] = [];
// ERR-NEXT:  |          ++++++++
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0282`.
