// Array lengths are part of the type.
fn main() {
    let a: [i32; 3] = [1, 2];
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-array-length.rs:3:23
// ERR-NEXT:  |
// ERR-NEXT:3 |     let a: [i32; 3] = [1, 2];
// ERR-NEXT:  |            --------   ^^^^^^ expected an array with a size of 3, found one with a size of 2
// ERR-NEXT:  |            |     |
// ERR-NEXT:  |            |     help: consider specifying the actual array length: `2`
// ERR-NEXT:  |            expected due to this
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
