// `x = x / -1` divides a copy of x taken before the asserts: rejected.
// (`x /= -1` reads x itself after the zero check's block and compiles;
// tests/run/lint_accept_compound_div.rs.)
fn main() {
    let mut x = i32::MIN;
    let y = x == 0;
    x = x / -1;
    let z = x;
    println!("{} {}", z, y);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}compound-reads-late.rs:7:9
// ERR-NEXT:  |
// ERR-NEXT:7 |     x = x / -1;
// ERR-NEXT:  |         ^^^^^^ attempt to compute `i32::MIN / -1_i32`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(unconditional_panic)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
