// Only u8 can be cast to char.
fn main() {
    let code = 65u32;
    let c = code as char;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0604]: only `u8` can be cast as `char`, not `u32`
// ERR-NEXT: --> {{.*}}E0604-cast-to-char.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let c = code as char;
// ERR-NEXT:  |             ^^^^^^^^^^^^ invalid cast
// ERR-NEXT:  |
// ERR-NEXT:help: consider using `char::from_u32` instead
// ERR-NEXT:  |
// ERR-NEXT:4 -     let c = code as char;
// ERR-NEXT:4 +     let c = char::from_u32(code);
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0604`.
