// The condition of an `if` must be followed by its block.
fn main() {
    let x = 1;
    if x == 1 }

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: expected `{`, found `}`
// ERR-NEXT: --> {{.*}}if-without-block.rs:4:15
// ERR-NEXT:  |
// ERR-NEXT:4 |     if x == 1 }
// ERR-NEXT:  |               ^ expected `{`
// ERR-NEXT:  |
// ERR-NEXT:note: the `if` expression is missing a block after this condition
// ERR-NEXT: --> {{.*}}if-without-block.rs:4:8
// ERR-NEXT:  |
// ERR-NEXT:4 |     if x == 1 }
// ERR-NEXT:  |        ^^^^^^
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
