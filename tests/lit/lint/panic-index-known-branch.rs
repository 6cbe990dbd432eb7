// A condition on known values picks the branch that is checked.
fn main() {
    let c = 5;
    if c > 3 {
        let a = [1, 2, 3];
        println!("{}", a[c]);
    }
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}panic-index-known-branch.rs:6:24
// ERR-NEXT:  |
// ERR-NEXT:6 |         println!("{}", a[c]);
// ERR-NEXT:  |                        ^^^^ index out of bounds: the length is 3 but the index is 5
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(unconditional_panic)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
