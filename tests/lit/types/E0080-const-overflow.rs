// Constant evaluation checks overflow.
const BIG: u8 = 255 + 1;

fn main() {}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0080]: attempt to compute `u8::MAX + 1_u8`, which would overflow
// ERR-NEXT: --> {{.*}}E0080-const-overflow.rs:2:17
// ERR-NEXT:  |
// ERR-NEXT:2 | const BIG: u8 = 255 + 1;
// ERR-NEXT:  |                 ^^^^^^^ evaluation of `BIG` failed here
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0080`.
