// The same for a compound assignment, when x is not borrowed afterwards.
fn main() {
    let mut x: u8 = 255;
    x += 1;
    let y = x;
    println!("{}", y);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-compound-same-block.rs:4:5
// ERR-NEXT:  |
// ERR-NEXT:4 |     x += 1;
// ERR-NEXT:  |     ^^^^^^ attempt to compute `u8::MAX + 1_u8`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
