// owl-flags: -O
// Division checks stay in release builds, and so does the lint.
fn main() {
    let d = 0u8;
    let a = [1, 2];
    let i = 2;
    println!("{} {}", 1 / d, a[i]);
}

// RUN: sh -c '%owl check -O %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}panic-div-release.rs:7:23
// ERR-NEXT:  |
// ERR-NEXT:7 |     println!("{} {}", 1 / d, a[i]);
// ERR-NEXT:  |                       ^^^^^ attempt to divide `1_u8` by zero
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(unconditional_panic)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}panic-div-release.rs:7:30
// ERR-NEXT:  |
// ERR-NEXT:7 |     println!("{} {}", 1 / d, a[i]);
// ERR-NEXT:  |                              ^^^^ index out of bounds: the length is 2 but the index is 2
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
