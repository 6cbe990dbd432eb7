// An unknown dividend renders as `_`.
fn div(a: i32) -> i32 {
    a / 0
}

fn rem(a: u16) -> u16 {
    a % 0
}

fn main() {
    println!("{} {}", div(1), rem(1));
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}panic-div-zero-unknown-dividend.rs:3:5
// ERR-NEXT:  |
// ERR-NEXT:3 |     a / 0
// ERR-NEXT:  |     ^^^^^ attempt to divide `_` by zero
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(unconditional_panic)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}panic-div-zero-unknown-dividend.rs:7:5
// ERR-NEXT:  |
// ERR-NEXT:7 |     a % 0
// ERR-NEXT:  |     ^^^^^ attempt to calculate the remainder of `_` with a divisor of zero
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
