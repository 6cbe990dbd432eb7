// A shared reference where a mutable one is required.
fn main() {
    let x = 5;
    let r: &mut i32 = &x;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-mutability.rs:4:23
// ERR-NEXT:  |
// ERR-NEXT:4 |     let r: &mut i32 = &x;
// ERR-NEXT:  |            --------   ^^ types differ in mutability
// ERR-NEXT:  |            |
// ERR-NEXT:  |            expected due to this
// ERR-NEXT:  |
// ERR-NEXT:  = note: expected mutable reference `&mut i32`
// ERR-NEXT:                     found reference `&{integer}`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
