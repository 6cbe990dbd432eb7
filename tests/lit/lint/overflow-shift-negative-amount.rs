// A negative amount is a huge unsigned one: rejected too.
fn main() {
    let x = 3i64 << -1;
    println!("{}", x);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-shift-negative-amount.rs:3:13
// ERR-NEXT:  |
// ERR-NEXT:3 |     let x = 3i64 << -1;
// ERR-NEXT:  |             ^^^^^^^^^^ attempt to shift left by `-1_i32`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
