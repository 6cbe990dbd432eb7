// A `const` item is a constant operand.
const BIG: i64 = i64::MAX;
const STEP: i64 = 1;

fn main() {
    let v = BIG + STEP;
    println!("{}", v);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-const-item.rs:6:13
// ERR-NEXT:  |
// ERR-NEXT:6 |     let v = BIG + STEP;
// ERR-NEXT:  |             ^^^^^^^^^^ attempt to compute `i64::MAX + 1_i64`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
