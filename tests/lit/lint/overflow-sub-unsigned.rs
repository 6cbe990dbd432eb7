// 0 - 1 in an unsigned type; both operands rendered with their suffix.
fn main() {
    let a: u32 = 0;
    let b = a - 1;
    println!("{}", b);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-sub-unsigned.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let b = a - 1;
// ERR-NEXT:  |             ^^^^^ attempt to compute `0_u32 - 1_u32`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
