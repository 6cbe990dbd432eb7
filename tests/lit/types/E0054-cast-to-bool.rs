// Nothing casts to bool: compare with zero instead.
fn main() {
    let x = 5i32;
    let b = x as bool;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0054]: cannot cast `i32` as `bool`
// ERR-NEXT: --> {{.*}}E0054-cast-to-bool.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let b = x as bool;
// ERR-NEXT:  |             ^^^^^^^^^
// ERR-NEXT:  |
// ERR-NEXT:help: compare with zero instead
// ERR-NEXT:  |
// ERR-NEXT:4 -     let b = x as bool;
// ERR-NEXT:4 +     let b = x != 0;
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0054`.
