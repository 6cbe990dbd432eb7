// The left operand is copied before the right one runs its overflow
// asserts, so its reassigned value is known at the division.
fn main() {
    let mut x: i32 = 10;
    let y = x + 0;
    x = 20;
    let d = x / (y * 1 - 10);
    println!("{}", d);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}operand-copied-before-rhs.rs:7:13
// ERR-NEXT:  |
// ERR-NEXT:7 |     let d = x / (y * 1 - 10);
// ERR-NEXT:  |             ^^^^^^^^^^^^^^^^ attempt to divide `20_i32` by zero
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(unconditional_panic)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
