// Remainder by a known zero.
fn main() {
    let x = 7u32;
    let r = x % 0;
    println!("{}", r);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}panic-rem-zero.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let r = x % 0;
// ERR-NEXT:  |             ^^^^^ attempt to calculate the remainder of `7_u32` with a divisor of zero
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(unconditional_panic)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
