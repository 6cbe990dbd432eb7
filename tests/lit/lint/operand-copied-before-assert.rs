// rustc copies the operand of `-x` before the negation's assert, so a
// reassigned MIN is still known when the negation runs in the next block.
fn main() {
    let mut x = 5i8;
    let y = x + 0;
    x = i8::MIN;
    let m = -x;
    println!("{} {}", m, y);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}operand-copied-before-assert.rs:7:13
// ERR-NEXT:  |
// ERR-NEXT:7 |     let m = -x;
// ERR-NEXT:  |             ^^ attempt to negate `i8::MIN`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
