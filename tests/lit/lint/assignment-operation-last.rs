// `a[f()] = x << 9`: rustc computes the place first and the shift as the
// assignment itself, so the lint points at the whole assignment.
fn f() -> usize {
    1
}

fn main() {
    let mut a = [0u8; 3];
    let x: u8 = 1;
    a[f()] = x << 9;
    println!("{:?}", a);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT:  --> {{.*}}assignment-operation-last.rs:10:5
// ERR-NEXT:   |
// ERR-NEXT:10 |     a[f()] = x << 9;
// ERR-NEXT:   |     ^^^^^^^^^^^^^^^ attempt to shift left by `9_i32`, which would overflow
// ERR-NEXT:   |
// ERR-NEXT:   = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
