// Block expressions and `loop { break v }` do not hide a value.
fn main() {
    let x = i32::MAX;
    let y = {
        let z = x;
        z + 1
    };
    let w = loop {
        break u8::MAX;
    };
    println!("{} {}", y, w + 1);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-block-tail.rs:6:9
// ERR-NEXT:  |
// ERR-NEXT:6 |         z + 1
// ERR-NEXT:  |         ^^^^^ attempt to compute `i32::MAX + 1_i32`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: this arithmetic operation will overflow
// ERR-NEXT:  --> {{.*}}overflow-block-tail.rs:11:26
// ERR-NEXT:   |
// ERR-NEXT:11 |     println!("{} {}", y, w + 1);
// ERR-NEXT:   |                          ^^^^^ attempt to compute `u8::MAX + 1_u8`, which would overflow
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
