// rustc guesses a keyword from a near miss: `a` for `as`.
fn main() {
    let x = 5;
    let y = x a u8;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: expected one of `!`, `.`, `::`, `;`, `?`, `else`, `{`, or an operator, found `a`
// ERR-NEXT: --> {{.*}}misspelled-keyword.rs:4:15
// ERR-NEXT:  |
// ERR-NEXT:4 |     let y = x a u8;
// ERR-NEXT:  |               ^ expected one of 8 possible tokens
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
