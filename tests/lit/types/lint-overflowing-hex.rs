// Hex literals are reported with their decimal value and a suggestion.
fn main() {
    let a = 0x1FFu8;
    println!("{}", a);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: literal out of range for `u8`
// ERR-NEXT: --> {{.*}}lint-overflowing-hex.rs:3:13
// ERR-NEXT:  |
// ERR-NEXT:3 |     let a = 0x1FFu8;
// ERR-NEXT:  |             ^^^^^^^ help: consider using the type `u16` instead: `0x1FFu16`
// ERR-NEXT:  |
// ERR-NEXT:  = note: the literal `0x1FFu8` (decimal `511`) does not fit into the type `u8` and will become `255u8`
// ERR-NEXT:  = note: `#[deny(overflowing_literals)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
