// Malformed number literals: rustc reports the digits and the exponent
// while lexing, suffixes and sizes while lowering.
fn main() {
    let a = 0x;
    let b = 0b102;
    let c = 1e;
    let d = 12abc;
    let e = 1.5x;
    let f = 5_u33;
    let g = 340282366920938463463374607431768211456;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0768]: no valid digits found for number
// ERR-NEXT: --> {{.*}}number-literal-errors.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let a = 0x;
// ERR-NEXT:  |             ^^
// ERR-EMPTY:
// ERR-NEXT:error: invalid digit for a base 2 literal
// ERR-NEXT: --> {{.*}}number-literal-errors.rs:5:17
// ERR-NEXT:  |
// ERR-NEXT:5 |     let b = 0b102;
// ERR-NEXT:  |                 ^
// ERR-EMPTY:
// ERR-NEXT:error: expected at least one digit in exponent
// ERR-NEXT: --> {{.*}}number-literal-errors.rs:6:13
// ERR-NEXT:  |
// ERR-NEXT:6 |     let c = 1e;
// ERR-NEXT:  |             ^^
// ERR-EMPTY:
// ERR-NEXT:error: invalid suffix `abc` for number literal
// ERR-NEXT: --> {{.*}}number-literal-errors.rs:7:13
// ERR-NEXT:  |
// ERR-NEXT:7 |     let d = 12abc;
// ERR-NEXT:  |             ^^^^^ invalid suffix `abc`
// ERR-NEXT:  |
// ERR-NEXT:  = help: the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)
// ERR-EMPTY:
// ERR-NEXT:error: invalid suffix `x` for float literal
// ERR-NEXT: --> {{.*}}number-literal-errors.rs:8:13
// ERR-NEXT:  |
// ERR-NEXT:8 |     let e = 1.5x;
// ERR-NEXT:  |             ^^^^ invalid suffix `x`
// ERR-NEXT:  |
// ERR-NEXT:  = help: valid suffixes are `f32` and `f64`
// ERR-EMPTY:
// ERR-NEXT:error: invalid width `33` for integer literal
// ERR-NEXT: --> {{.*}}number-literal-errors.rs:9:13
// ERR-NEXT:  |
// ERR-NEXT:9 |     let f = 5_u33;
// ERR-NEXT:  |             ^^^^^
// ERR-NEXT:  |
// ERR-NEXT:  = help: valid widths are 8, 16, 32, 64 and 128
// ERR-EMPTY:
// ERR-NEXT:error: integer literal is too large
// ERR-NEXT:  --> {{.*}}number-literal-errors.rs:10:13
// ERR-NEXT:   |
// ERR-NEXT:10 |     let g = 340282366920938463463374607431768211456;
// ERR-NEXT:   |             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
// ERR-NEXT:   |
// ERR-NEXT:   = note: value exceeds limit of `340282366920938463463374607431768211455`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 7 previous errors
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0768`.
