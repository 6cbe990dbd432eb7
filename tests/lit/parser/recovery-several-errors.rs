// An error in a block abandons the rest of that block, as in rustc; the
// other functions are still parsed and their errors reported.
fn a() {
    let x = 5 6;
    let y = 7 8;
}
fn b() {
    let z = (1 2);
    foo(1 2);
}
fn c(x i32) {
    let w = [1 2];
}
fn main() {
    return 1 2;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: expected one of `.`, `;`, `?`, `else`, or an operator, found `6`
// ERR-NEXT: --> {{.*}}recovery-several-errors.rs:4:15
// ERR-NEXT:  |
// ERR-NEXT:4 |     let x = 5 6;
// ERR-NEXT:  |               ^ expected one of `.`, `;`, `?`, `else`, or an operator
// ERR-EMPTY:
// ERR-NEXT:error: expected one of `)`, `,`, `.`, `?`, or an operator, found `2`
// ERR-NEXT: --> {{.*}}recovery-several-errors.rs:8:16
// ERR-NEXT:  |
// ERR-NEXT:8 |     let z = (1 2);
// ERR-NEXT:  |               -^ expected one of `)`, `,`, `.`, `?`, or an operator
// ERR-NEXT:  |               |
// ERR-NEXT:  |               help: missing `,`
// ERR-EMPTY:
// ERR-NEXT:error: expected one of `)`, `,`, `.`, `?`, or an operator, found `2`
// ERR-NEXT: --> {{.*}}recovery-several-errors.rs:9:11
// ERR-NEXT:  |
// ERR-NEXT:9 |     foo(1 2);
// ERR-NEXT:  |          -^ expected one of `)`, `,`, `.`, `?`, or an operator
// ERR-NEXT:  |          |
// ERR-NEXT:  |          help: missing `,`
// ERR-EMPTY:
// ERR-NEXT:error: expected one of `:`, `@`, or `|`, found `i32`
// ERR-NEXT:  --> {{.*}}recovery-several-errors.rs:11:8
// ERR-NEXT:   |
// ERR-NEXT:11 | fn c(x i32) {
// ERR-NEXT:   |      --^^^
// ERR-NEXT:   |      | |
// ERR-NEXT:   |      | expected one of `:`, `@`, or `|`
// ERR-NEXT:   |      help: declare the type after the parameter binding: `<identifier>: <type>`
// ERR-EMPTY:
// ERR-NEXT:error: expected one of `,`, `.`, `;`, `?`, `]`, or an operator, found `2`
// ERR-NEXT:  --> {{.*}}recovery-several-errors.rs:12:16
// ERR-NEXT:   |
// ERR-NEXT:12 |     let w = [1 2];
// ERR-NEXT:   |                ^ expected one of `,`, `.`, `;`, `?`, `]`, or an operator
// ERR-EMPTY:
// ERR-NEXT:error: expected one of `.`, `;`, `?`, `}`, or an operator, found `2`
// ERR-NEXT:  --> {{.*}}recovery-several-errors.rs:15:14
// ERR-NEXT:   |
// ERR-NEXT:15 |     return 1 2;
// ERR-NEXT:   |              ^ expected one of `.`, `;`, `?`, `}`, or an operator
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 6 previous errors
