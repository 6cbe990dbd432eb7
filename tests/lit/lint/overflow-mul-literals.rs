// Literal operands need no local at all.
fn main() {
    let p = 200u8 * 2;
    println!("{}", p);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-mul-literals.rs:3:13
// ERR-NEXT:  |
// ERR-NEXT:3 |     let p = 200u8 * 2;
// ERR-NEXT:  |             ^^^^^^^^^ attempt to compute `200_u8 * 2_u8`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
