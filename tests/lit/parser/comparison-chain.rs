// Comparisons do not chain.
fn main() {
    let (a, b, c) = (1, 2, 3);
    let x = a < b < c;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: comparison operators cannot be chained
// ERR-NEXT: --> {{.*}}comparison-chain.rs:4:15
// ERR-NEXT:  |
// ERR-NEXT:4 |     let x = a < b < c;
// ERR-NEXT:  |               ^   ^
// ERR-NEXT:  |
// ERR-NEXT:  = help: use `::<...>` instead of `<...>` to specify lifetime, type, or const arguments
// ERR-NEXT:  = help: or use `(...)` if you meant to specify fn arguments
// ERR-NEXT:help: split the comparison into two
// ERR-NEXT:  |
// ERR-NEXT:4 |     let x = a < b && b < c;
// ERR-NEXT:  |                   ++++
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
