// A literal that does not fit its type (a deny-by-default lint).
fn main() {
    let a: u8 = 256;
    println!("{}", a);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: literal out of range for `u8`
// ERR-NEXT: --> {{.*}}lint-overflowing-u8.rs:3:17
// ERR-NEXT:  |
// ERR-NEXT:3 |     let a: u8 = 256;
// ERR-NEXT:  |                 ^^^
// ERR-NEXT:  |
// ERR-NEXT:  = note: the literal `256` does not fit into the type `u8` whose range is `0..=255`
// ERR-NEXT:  = note: `#[deny(overflowing_literals)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
