// The `#[deny]` note appears once, on the first lint.
fn main() {
    let a: i8 = 128;
    let b: u16 = 65536;
    println!("{} {}", a, b);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: literal out of range for `i8`
// ERR-NEXT: --> {{.*}}lint-overflowing-several.rs:3:17
// ERR-NEXT:  |
// ERR-NEXT:3 |     let a: i8 = 128;
// ERR-NEXT:  |                 ^^^
// ERR-NEXT:  |
// ERR-NEXT:  = note: the literal `128` does not fit into the type `i8` whose range is `-128..=127`
// ERR-NEXT:  = help: consider using the type `u8` instead
// ERR-NEXT:  = note: `#[deny(overflowing_literals)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: literal out of range for `u16`
// ERR-NEXT: --> {{.*}}lint-overflowing-several.rs:4:18
// ERR-NEXT:  |
// ERR-NEXT:4 |     let b: u16 = 65536;
// ERR-NEXT:  |                  ^^^^^
// ERR-NEXT:  |
// ERR-NEXT:  = note: the literal `65536` does not fit into the type `u16` whose range is `0..=65535`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
