// An operator with no right operand.
fn main() {
    let x = 5 +;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: expected expression, found `;`
// ERR-NEXT: --> {{.*}}expected-expression.rs:3:16
// ERR-NEXT:  |
// ERR-NEXT:3 |     let x = 5 +;
// ERR-NEXT:  |                ^ expected expression
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
