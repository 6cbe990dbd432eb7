// Negative values print with a minus sign and a suffix; MIN and MAX by name.
fn main() {
    let a = -5i32;
    let b = a - i32::MAX;
    let c = i16::MIN + (-1);
    println!("{} {}", b, c);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-negative-operand.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let b = a - i32::MAX;
// ERR-NEXT:  |             ^^^^^^^^^^^^ attempt to compute `-5_i32 - i32::MAX`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-negative-operand.rs:5:13
// ERR-NEXT:  |
// ERR-NEXT:5 |     let c = i16::MIN + (-1);
// ERR-NEXT:  |             ^^^^^^^^^^^^^^^ attempt to compute `i16::MIN + -1_i16`, which would overflow
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
