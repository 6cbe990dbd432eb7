// A narrowing conversion may fail: rustc suggests `.try_into().unwrap()`.
fn count(s: &str) -> u32 {
    s.len()
}

fn main() {
    count("abc");
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-numeric-try-into.rs:3:5
// ERR-NEXT:  |
// ERR-NEXT:2 | fn count(s: &str) -> u32 {
// ERR-NEXT:  |                      --- expected `u32` because of return type
// ERR-NEXT:3 |     s.len()
// ERR-NEXT:  |     ^^^^^^^ expected `u32`, found `usize`
// ERR-NEXT:  |
// ERR-NEXT:help: you can convert a `usize` to a `u32` and panic if the converted value doesn't fit
// ERR-NEXT:  |
// ERR-NEXT:3 |     s.len().try_into().unwrap()
// ERR-NEXT:  |            ++++++++++++++++++++
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
