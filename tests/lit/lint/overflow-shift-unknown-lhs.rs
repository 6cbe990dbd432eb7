// A shift is checked on its amount alone: the left side may be a parameter.
fn shift(x: u8) -> u8 {
    x << 8
}

fn main() {
    println!("{}", shift(1));
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-shift-unknown-lhs.rs:3:5
// ERR-NEXT:  |
// ERR-NEXT:3 |     x << 8
// ERR-NEXT:  |     ^^^^^^ attempt to shift left by `8_i32`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
