// A literal cast to char is a u8 first, and 300 does not fit.
fn main() {
    let c = 300 as char;
    println!("{}", c);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: only `u8` can be cast into `char`
// ERR-NEXT: --> {{.*}}lint-overflowing-cast-char.rs:3:13
// ERR-NEXT:  |
// ERR-NEXT:3 |     let c = 300 as char;
// ERR-NEXT:  |             ^^^^^^^^^^^ help: use a `char` literal instead: `'\u{12C}'`
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(overflowing_literals)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
