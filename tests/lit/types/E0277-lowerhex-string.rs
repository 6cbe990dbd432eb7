// `{:x}` is for integers.
fn main() {
    let s = String::from("ff");
    println!("{:x}", s);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0277]: the trait bound `String: LowerHex` is not satisfied
// ERR-NEXT: --> {{.*}}E0277-lowerhex-string.rs:4:22
// ERR-NEXT:  |
// ERR-NEXT:4 |     println!("{:x}", s);
// ERR-NEXT:  |               ----   ^ the trait `LowerHex` is not implemented for `String`
// ERR-NEXT:  |               |
// ERR-NEXT:  |               required by this formatting parameter
// ERR-NEXT:  |
// ERR-NEXT:  = help: the following other types implement trait `LowerHex`:
// ERR-NEXT:            &T
// ERR-NEXT:            &mut T
// ERR-NEXT:            NonZero<T>
// ERR-NEXT:            Saturating<T>
// ERR-NEXT:            Wrapping<T>
// ERR-NEXT:            i128
// ERR-NEXT:            i16
// ERR-NEXT:            i32
// ERR-NEXT:          and 9 others
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0277`.
