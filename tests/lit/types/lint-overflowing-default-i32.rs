// An unsuffixed literal defaults to i32, which 3000000000 does not fit.
fn main() {
    let big = 3000000000;
    println!("{}", big);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: literal out of range for `i32`
// ERR-NEXT: --> {{.*}}lint-overflowing-default-i32.rs:3:15
// ERR-NEXT:  |
// ERR-NEXT:3 |     let big = 3000000000;
// ERR-NEXT:  |               ^^^^^^^^^^
// ERR-NEXT:  |
// ERR-NEXT:  = note: the literal `3000000000` does not fit into the type `i32` whose range is `-2147483648..=2147483647`
// ERR-NEXT:  = help: consider using the type `u32` instead
// ERR-NEXT:  = note: `#[deny(overflowing_literals)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
