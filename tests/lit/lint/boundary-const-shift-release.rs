// owl-flags: -O
// Without overflow checks there is no shift assert, so the reassigned
// index is still known where it is used: rejected.
fn main() {
    let a = [0; 3];
    let mut x = 5;
    let z = x + 1;
    x = 40;
    let y = 1 << 3;
    println!("{} {} {}", a[x], y, z);
}

// RUN: sh -c '%owl check -O %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this operation will panic at runtime
// ERR-NEXT:  --> {{.*}}boundary-const-shift-release.rs:10:26
// ERR-NEXT:   |
// ERR-NEXT:10 |     println!("{} {} {}", a[x], y, z);
// ERR-NEXT:   |                          ^^^^ index out of bounds: the length is 3 but the index is 40
// ERR-NEXT:   |
// ERR-NEXT:   = note: `#[deny(unconditional_panic)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
