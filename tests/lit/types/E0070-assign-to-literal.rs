// Only places can be assigned to.
fn main() {
    5 = 6;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0070]: invalid left-hand side of assignment
// ERR-NEXT: --> {{.*}}E0070-assign-to-literal.rs:3:7
// ERR-NEXT:  |
// ERR-NEXT:3 |     5 = 6;
// ERR-NEXT:  |     - ^
// ERR-NEXT:  |     |
// ERR-NEXT:  |     cannot assign to this expression
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0070`.
