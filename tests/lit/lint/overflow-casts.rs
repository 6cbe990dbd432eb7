// Casts are evaluated: 'z' as u8 is 122, 300 as u8 is 44.
fn main() {
    let c = 'z' as u8;
    let d = c + 200;
    let e = 300i32 as u8;
    let f = e * 10;
    println!("{} {}", d, f);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-casts.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let d = c + 200;
// ERR-NEXT:  |             ^^^^^^^ attempt to compute `122_u8 + 200_u8`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-casts.rs:6:13
// ERR-NEXT:  |
// ERR-NEXT:6 |     let f = e * 10;
// ERR-NEXT:  |             ^^^^^^ attempt to compute `44_u8 * 10_u8`, which would overflow
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
