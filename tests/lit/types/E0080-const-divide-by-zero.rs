// Division by zero in a constant.
const Q: i32 = 10 / 0;

fn main() {}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0080]: attempt to divide `10_i32` by zero
// ERR-NEXT: --> {{.*}}E0080-const-divide-by-zero.rs:2:16
// ERR-NEXT:  |
// ERR-NEXT:2 | const Q: i32 = 10 / 0;
// ERR-NEXT:  |                ^^^^^^ evaluation of `Q` failed here
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0080`.
