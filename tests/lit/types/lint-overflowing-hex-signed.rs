// 0xFF does not fit i8: rustc suggests u8, or a cast for the negative value.
fn main() {
    let a = 0xFFi8;
    println!("{}", a);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: literal out of range for `i8`
// ERR-NEXT: --> {{.*}}lint-overflowing-hex-signed.rs:3:13
// ERR-NEXT:  |
// ERR-NEXT:3 |     let a = 0xFFi8;
// ERR-NEXT:  |             ^^^^^^
// ERR-NEXT:  |
// ERR-NEXT:  = note: the literal `0xFFi8` (decimal `255`) does not fit into the type `i8` and will become `-1i8`
// ERR-NEXT:  = note: `#[deny(overflowing_literals)]` on by default
// ERR-NEXT:help: consider using the type `u8` instead
// ERR-NEXT:  |
// ERR-NEXT:3 -     let a = 0xFFi8;
// ERR-NEXT:3 +     let a = 0xFFu8;
// ERR-NEXT:  |
// ERR-NEXT:help: to use as a negative number (decimal `-1`), consider using the type `u8` for the literal and cast it to `i8`
// ERR-NEXT:  |
// ERR-NEXT:3 |     let a = 0xFFu8 as i8;
// ERR-NEXT:  |                 +++++
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
