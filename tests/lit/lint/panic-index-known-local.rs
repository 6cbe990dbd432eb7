// Indexing an array with a known out-of-bounds index.
fn main() {
    let a = [1, 2, 3];
    let i = 5;
    println!("{}", a[i]);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}panic-index-known-local.rs:5:20
// ERR-NEXT:  |
// ERR-NEXT:5 |     println!("{}", a[i]);
// ERR-NEXT:  |                    ^^^^ index out of bounds: the length is 3 but the index is 5
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(unconditional_panic)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
