// Division by a known zero; the dividend is rendered when known.
fn main() {
    let d = 0;
    let q = 10 / d;
    let z = 5 - 5;
    let r = 7u64 / z;
    println!("{} {}", q, r);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}panic-div-zero.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let q = 10 / d;
// ERR-NEXT:  |             ^^^^^^ attempt to divide `10_i32` by zero
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(unconditional_panic)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}panic-div-zero.rs:6:13
// ERR-NEXT:  |
// ERR-NEXT:6 |     let r = 7u64 / z;
// ERR-NEXT:  |             ^^^^^^^^ attempt to divide `7_u64` by zero
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
