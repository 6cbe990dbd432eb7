// Literal indices, usize::MAX by name, and a nested array.
fn main() {
    let a = [1u8; 4];
    let m = [[1, 2], [3, 4]];
    println!("{} {} {}", a[10], a[usize::MAX], m[2][0]);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}panic-index-literal.rs:5:26
// ERR-NEXT:  |
// ERR-NEXT:5 |     println!("{} {} {}", a[10], a[usize::MAX], m[2][0]);
// ERR-NEXT:  |                          ^^^^^ index out of bounds: the length is 4 but the index is 10
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(unconditional_panic)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}panic-index-literal.rs:5:33
// ERR-NEXT:  |
// ERR-NEXT:5 |     println!("{} {} {}", a[10], a[usize::MAX], m[2][0]);
// ERR-NEXT:  |                                 ^^^^^^^^^^^^^ index out of bounds: the length is 4 but the index is usize::MAX
// ERR-EMPTY:
// ERR-NEXT:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}panic-index-literal.rs:5:48
// ERR-NEXT:  |
// ERR-NEXT:5 |     println!("{} {} {}", a[10], a[usize::MAX], m[2][0]);
// ERR-NEXT:  |                                                ^^^^ index out of bounds: the length is 2 but the index is 2
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 3 previous errors
