// #![warn(...)] turns a lint into a warning: the program compiles.
#![warn(arithmetic_overflow)]

fn main() {
    let x = i32::MAX;
    let y = x + 1;
    println!("{}", y);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 0'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:warning: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}level-warn.rs:6:13
// ERR-NEXT:  |
// ERR-NEXT:6 |     let y = x + 1;
// ERR-NEXT:  |             ^^^^^ attempt to compute `i32::MAX + 1_i32`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:note: the lint level is defined here
// ERR-NEXT: --> {{.*}}level-warn.rs:2:9
// ERR-NEXT:  |
// ERR-NEXT:2 | #![warn(arithmetic_overflow)]
// ERR-NEXT:  |         ^^^^^^^^^^^^^^^^^^^
// ERR-EMPTY:
// ERR-NEXT:warning: 1 warning emitted
