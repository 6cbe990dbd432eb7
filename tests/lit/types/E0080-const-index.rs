// Indexing past the end in a constant fails at compile time.
const A: [i32; 2] = [1, 2];
const B: i32 = A[2];

fn main() {}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0080]: index out of bounds: the length is 2 but the index is 2
// ERR-NEXT: --> {{.*}}E0080-const-index.rs:3:16
// ERR-NEXT:  |
// ERR-NEXT:3 | const B: i32 = A[2];
// ERR-NEXT:  |                ^^^^ evaluation of `B` failed here
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0080`.
