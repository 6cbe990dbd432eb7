// Array elements read at a known index are known.
fn main() {
    let a = [i32::MAX, 0];
    let s = a[0] + 1;
    println!("{}", s);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-array-element.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let s = a[0] + 1;
// ERR-NEXT:  |             ^^^^^^^^ attempt to compute `i32::MAX + 1_i32`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
