// The index comes out of arithmetic on constants.
fn main() {
    let a = [10, 20, 30];
    let i = 2 + 3;
    let x = a[i];
    println!("{}", x);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}panic-index-computed.rs:5:13
// ERR-NEXT:  |
// ERR-NEXT:5 |     let x = a[i];
// ERR-NEXT:  |             ^^^^ index out of bounds: the length is 3 but the index is 5
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(unconditional_panic)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
