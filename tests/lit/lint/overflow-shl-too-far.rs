// A shift by at least the bit width, with the amount's own type.
fn main() {
    let s = 1i32 << 40;
    let t = 1u64 >> 64u8;
    println!("{} {}", s, t);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-shl-too-far.rs:3:13
// ERR-NEXT:  |
// ERR-NEXT:3 |     let s = 1i32 << 40;
// ERR-NEXT:  |             ^^^^^^^^^^ attempt to shift left by `40_i32`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-shl-too-far.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let t = 1u64 >> 64u8;
// ERR-NEXT:  |             ^^^^^^^^^^^^ attempt to shift right by `64_u8`, which would overflow
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
