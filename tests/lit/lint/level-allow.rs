// #![allow(...)] on the crate or #[allow(...)] on a function silences a lint
// (nested functions inherit it).
#![allow(unconditional_panic)]

#[allow(arithmetic_overflow)]
fn wraps() -> i32 {
    fn nested() -> u8 {
        255u8 + 1
    }
    let x = i32::MAX;
    let _ = nested();
    x + 1
}

fn main() {
    let a = [1, 2, 3];
    let i = 3;
    println!("{} {}", a[i], wraps());
    let b = u8::MAX;
    println!("{}", b + 1);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT:  --> {{.*}}level-allow.rs:20:20
// ERR-NEXT:   |
// ERR-NEXT:20 |     println!("{}", b + 1);
// ERR-NEXT:   |                    ^^^^^ attempt to compute `u8::MAX + 1_u8`, which would overflow
// ERR-NEXT:   |
// ERR-NEXT:   = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
