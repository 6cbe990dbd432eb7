// owl-flags: -O
// Release builds have no overflow checks but rustc lints the same operations.
fn main() {
    let x = i32::MAX;
    let y = x + 1;
    let s = 1u8 << 9;
    let n = i8::MIN;
    println!("{} {} {}", y, s, -n);
}

// RUN: sh -c '%owl check -O %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-release.rs:5:13
// ERR-NEXT:  |
// ERR-NEXT:5 |     let y = x + 1;
// ERR-NEXT:  |             ^^^^^ attempt to compute `i32::MAX + 1_i32`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-release.rs:6:13
// ERR-NEXT:  |
// ERR-NEXT:6 |     let s = 1u8 << 9;
// ERR-NEXT:  |             ^^^^^^^^ attempt to shift left by `9_i32`, which would overflow
// ERR-EMPTY:
// ERR-NEXT:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-release.rs:8:32
// ERR-NEXT:  |
// ERR-NEXT:8 |     println!("{} {} {}", y, s, -n);
// ERR-NEXT:  |                                ^^ attempt to negate `i8::MIN`, which would overflow
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 3 previous errors
