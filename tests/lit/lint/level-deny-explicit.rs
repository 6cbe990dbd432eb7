// An explicit level gets "the lint level is defined here" instead of the
// default note, once per attribute.
#![deny(arithmetic_overflow)]
#![warn(unconditional_panic)]

fn main() {
    let x = i32::MAX;
    let a = [1, 2, 3];
    let i = 7;
    println!("{} {} {}", x + 1, x * 2, a[i]);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT:  --> {{.*}}level-deny-explicit.rs:10:26
// ERR-NEXT:   |
// ERR-NEXT:10 |     println!("{} {} {}", x + 1, x * 2, a[i]);
// ERR-NEXT:   |                          ^^^^^ attempt to compute `i32::MAX + 1_i32`, which would overflow
// ERR-NEXT:   |
// ERR-NEXT:note: the lint level is defined here
// ERR-NEXT:  --> {{.*}}level-deny-explicit.rs:3:9
// ERR-NEXT:   |
// ERR-NEXT: 3 | #![deny(arithmetic_overflow)]
// ERR-NEXT:   |         ^^^^^^^^^^^^^^^^^^^
// ERR-EMPTY:
// ERR-NEXT:error: this arithmetic operation will overflow
// ERR-NEXT:  --> {{.*}}level-deny-explicit.rs:10:33
// ERR-NEXT:   |
// ERR-NEXT:10 |     println!("{} {} {}", x + 1, x * 2, a[i]);
// ERR-NEXT:   |                                 ^^^^^ attempt to compute `i32::MAX * 2_i32`, which would overflow
// ERR-EMPTY:
// ERR-NEXT:warning: this operation will panic at runtime
// ERR-NEXT:  --> {{.*}}level-deny-explicit.rs:10:40
// ERR-NEXT:   |
// ERR-NEXT:10 |     println!("{} {} {}", x + 1, x * 2, a[i]);
// ERR-NEXT:   |                                        ^^^^ index out of bounds: the length is 3 but the index is 7
// ERR-NEXT:   |
// ERR-NEXT:note: the lint level is defined here
// ERR-NEXT:  --> {{.*}}level-deny-explicit.rs:4:9
// ERR-NEXT:   |
// ERR-NEXT: 4 | #![warn(unconditional_panic)]
// ERR-NEXT:   |         ^^^^^^^^^^^^^^^^^^^
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors; 1 warning emitted
