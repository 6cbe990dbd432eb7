// MIN / -1 and MIN % -1 overflow: unconditional_panic, not arithmetic_overflow.
fn main() {
    let x = i32::MIN;
    let y = x / -1;
    let z = i64::MIN % -1;
    println!("{} {}", y, z);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}panic-div-min-by-minus-one.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let y = x / -1;
// ERR-NEXT:  |             ^^^^^^ attempt to compute `i32::MIN / -1_i32`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(unconditional_panic)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}panic-div-min-by-minus-one.rs:5:13
// ERR-NEXT:  |
// ERR-NEXT:5 |     let z = i64::MIN % -1;
// ERR-NEXT:  |             ^^^^^^^^^^^^^ attempt to compute `i64::MIN % -1_i64`, which would overflow
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
