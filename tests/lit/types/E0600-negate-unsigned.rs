// Unsigned integers cannot be negated.
fn main() {
    let x: u32 = -1;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0600]: cannot apply unary operator `-` to type `u32`
// ERR-NEXT: --> {{.*}}E0600-negate-unsigned.rs:3:18
// ERR-NEXT:  |
// ERR-NEXT:3 |     let x: u32 = -1;
// ERR-NEXT:  |                  ^^ cannot apply unary operator `-`
// ERR-NEXT:  |
// ERR-NEXT:  = note: unsigned values cannot be negated
// ERR-NEXT:help: you may have meant the maximum value of `u32`
// ERR-NEXT:  |
// ERR-NEXT:3 -     let x: u32 = -1;
// ERR-NEXT:3 +     let x: u32 = u32::MAX;
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0600`.
