// Attributes on statements set the level inside the statement only.
fn main() {
    let x = i32::MAX;
    #[allow(arithmetic_overflow)]
    let y = x + 1;
    #[warn(unconditional_panic)]
    {
        let a = [1, 2];
        let i = 2;
        println!("{}", a[i]);
    }
    let z = x * 2;
    println!("{} {}", y, z);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:warning: this operation will panic at runtime
// ERR-NEXT:  --> {{.*}}level-statement.rs:10:24
// ERR-NEXT:   |
// ERR-NEXT:10 |         println!("{}", a[i]);
// ERR-NEXT:   |                        ^^^^ index out of bounds: the length is 2 but the index is 2
// ERR-NEXT:   |
// ERR-NEXT:note: the lint level is defined here
// ERR-NEXT:  --> {{.*}}level-statement.rs:6:12
// ERR-NEXT:   |
// ERR-NEXT: 6 |     #[warn(unconditional_panic)]
// ERR-NEXT:   |            ^^^^^^^^^^^^^^^^^^^
// ERR-EMPTY:
// ERR-NEXT:error: this arithmetic operation will overflow
// ERR-NEXT:  --> {{.*}}level-statement.rs:12:13
// ERR-NEXT:   |
// ERR-NEXT:12 |     let z = x * 2;
// ERR-NEXT:   |             ^^^^^ attempt to compute `i32::MAX * 2_i32`, which would overflow
// ERR-NEXT:   |
// ERR-NEXT:   = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error; 1 warning emitted
