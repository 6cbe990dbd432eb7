// `0..256u8` cannot be written in u8; rustc suggests `0..=255u8`.
fn main() {
    for i in 0..256u8 {
        println!("{}", i);
    }
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: range endpoint is out of range for `u8`
// ERR-NEXT: --> {{.*}}lint-range-endpoint.rs:3:14
// ERR-NEXT:  |
// ERR-NEXT:3 |     for i in 0..256u8 {
// ERR-NEXT:  |              ^^^^^^^^ help: use an inclusive range instead: `0..=255u8`
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(overflowing_literals)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
