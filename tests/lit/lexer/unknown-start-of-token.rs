// Characters that start no token are reported and skipped; the parser
// then sees what is left.
fn main() {
    let d = 5 ¡ 3;
    let e = \ ;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: unknown start of token: \u{a1}
// ERR-NEXT: --> {{.*}}unknown-start-of-token.rs:4:15
// ERR-NEXT:  |
// ERR-NEXT:4 |     let d = 5 ¡ 3;
// ERR-NEXT:  |               ^
// ERR-EMPTY:
// ERR-NEXT:error: unknown start of token: \
// ERR-NEXT: --> {{.*}}unknown-start-of-token.rs:5:13
// ERR-NEXT:  |
// ERR-NEXT:5 |     let e = \ ;
// ERR-NEXT:  |             ^
// ERR-EMPTY:
// ERR-NEXT:error: expected one of `.`, `;`, `?`, `else`, or an operator, found `3`
// ERR-NEXT: --> {{.*}}unknown-start-of-token.rs:4:17
// ERR-NEXT:  |
// ERR-NEXT:4 |     let d = 5 ¡ 3;
// ERR-NEXT:  |                 ^ expected one of `.`, `;`, `?`, `else`, or an operator
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 3 previous errors
