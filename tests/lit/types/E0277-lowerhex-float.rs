// `{:x}` needs an integer.
fn main() {
    println!("{:x}", 2.5);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0277]: the trait bound `{float}: LowerHex` is not satisfied
// ERR-NEXT: --> {{.*}}E0277-lowerhex-float.rs:3:22
// ERR-NEXT:  |
// ERR-NEXT:3 |     println!("{:x}", 2.5);
// ERR-NEXT:  |               ----   ^^^ the trait `LowerHex` is not implemented for `{float}`
// ERR-NEXT:  |               |
// ERR-NEXT:  |               required by this formatting parameter
// ERR-NEXT:  |
// ERR-NEXT:  = help: the following other types implement trait `LowerHex`:
// ERR-NEXT:            i128
// ERR-NEXT:            i16
// ERR-NEXT:            i32
// ERR-NEXT:            i64
// ERR-NEXT:            i8
// ERR-NEXT:            isize
// ERR-NEXT:            u128
// ERR-NEXT:            u16
// ERR-NEXT:          and 4 others
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0277`.
