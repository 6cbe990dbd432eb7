// Every function is linted, in definition order; a nested function after
// the one around it.
fn first() -> i32 {
    let x = i32::MAX;
    x + 1
}

fn main() {
    fn inner() -> u8 {
        255u8 + 1
    }
    let a = [0u8; 2];
    let i = 2;
    println!("{} {} {} {}", first(), inner(), a[i], last());
}

fn last() -> i8 {
    -i8::MIN
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-in-every-function.rs:5:5
// ERR-NEXT:  |
// ERR-NEXT:5 |     x + 1
// ERR-NEXT:  |     ^^^^^ attempt to compute `i32::MAX + 1_i32`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: this operation will panic at runtime
// ERR-NEXT:  --> {{.*}}overflow-in-every-function.rs:14:47
// ERR-NEXT:   |
// ERR-NEXT:14 |     println!("{} {} {} {}", first(), inner(), a[i], last());
// ERR-NEXT:   |                                               ^^^^ index out of bounds: the length is 2 but the index is 2
// ERR-NEXT:   |
// ERR-NEXT:   = note: `#[deny(unconditional_panic)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: this arithmetic operation will overflow
// ERR-NEXT:  --> {{.*}}overflow-in-every-function.rs:10:9
// ERR-NEXT:   |
// ERR-NEXT:10 |         255u8 + 1
// ERR-NEXT:   |         ^^^^^^^^^ attempt to compute `u8::MAX + 1_u8`, which would overflow
// ERR-EMPTY:
// ERR-NEXT:error: this arithmetic operation will overflow
// ERR-NEXT:  --> {{.*}}overflow-in-every-function.rs:18:5
// ERR-NEXT:   |
// ERR-NEXT:18 |     -i8::MIN
// ERR-NEXT:   |     ^^^^^^^^ attempt to negate `i8::MIN`, which would overflow
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 4 previous errors
