// Values flow through a chain of immutable locals.
fn main() {
    let a = 100;
    let b = a * 1000;
    let c = b * 100000;
    println!("{}", c);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-chain-of-lets.rs:5:13
// ERR-NEXT:  |
// ERR-NEXT:5 |     let c = b * 100000;
// ERR-NEXT:  |             ^^^^^^^^^^ attempt to compute `100000_i32 * 100000_i32`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
