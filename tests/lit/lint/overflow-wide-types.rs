// 128-bit and pointer-sized types render as rustc's ConstInt does.
fn main() {
    let a = u128::MAX;
    let b = a + 1;
    let c = isize::MIN;
    let d = c - 1;
    let e = usize::MAX;
    let f = e * 2;
    let g = 170141183460469231731687303715884105727i128;
    let h = g * 2;
    println!("{} {} {} {}", b, d, f, h);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-wide-types.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let b = a + 1;
// ERR-NEXT:  |             ^^^^^ attempt to compute `u128::MAX + 1_u128`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-wide-types.rs:6:13
// ERR-NEXT:  |
// ERR-NEXT:6 |     let d = c - 1;
// ERR-NEXT:  |             ^^^^^ attempt to compute `isize::MIN - 1_isize`, which would overflow
// ERR-EMPTY:
// ERR-NEXT:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-wide-types.rs:8:13
// ERR-NEXT:  |
// ERR-NEXT:8 |     let f = e * 2;
// ERR-NEXT:  |             ^^^^^ attempt to compute `usize::MAX * 2_usize`, which would overflow
// ERR-EMPTY:
// ERR-NEXT:error: this arithmetic operation will overflow
// ERR-NEXT:  --> {{.*}}overflow-wide-types.rs:10:13
// ERR-NEXT:   |
// ERR-NEXT:10 |     let h = g * 2;
// ERR-NEXT:   |             ^^^^^ attempt to compute `i128::MAX * 2_i128`, which would overflow
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 4 previous errors
