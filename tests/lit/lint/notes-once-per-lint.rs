// Each lint's "on by default" note is printed once, on its first error.
fn main() {
    let x = i32::MAX;
    let a = [1, 2, 3];
    let i = 3;
    let d = 0;
    println!("{} {} {} {}", x + 1, a[i], x * 2, 100 / d);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}notes-once-per-lint.rs:7:29
// ERR-NEXT:  |
// ERR-NEXT:7 |     println!("{} {} {} {}", x + 1, a[i], x * 2, 100 / d);
// ERR-NEXT:  |                             ^^^^^ attempt to compute `i32::MAX + 1_i32`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}notes-once-per-lint.rs:7:36
// ERR-NEXT:  |
// ERR-NEXT:7 |     println!("{} {} {} {}", x + 1, a[i], x * 2, 100 / d);
// ERR-NEXT:  |                                    ^^^^ index out of bounds: the length is 3 but the index is 3
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(unconditional_panic)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}notes-once-per-lint.rs:7:42
// ERR-NEXT:  |
// ERR-NEXT:7 |     println!("{} {} {} {}", x + 1, a[i], x * 2, 100 / d);
// ERR-NEXT:  |                                          ^^^^^ attempt to compute `i32::MAX * 2_i32`, which would overflow
// ERR-EMPTY:
// ERR-NEXT:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}notes-once-per-lint.rs:7:49
// ERR-NEXT:  |
// ERR-NEXT:7 |     println!("{} {} {} {}", x + 1, a[i], x * 2, 100 / d);
// ERR-NEXT:  |                                                 ^^^^^^^ attempt to divide `100_i32` by zero
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 4 previous errors
