// A typo of a local variable: rustc suggests the local.
fn main() {
    let counter = 1;
    let a = countr + 1;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0425]: cannot find value `countr` in this scope
// ERR-NEXT: --> {{.*}}E0425-similar-local.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let a = countr + 1;
// ERR-NEXT:  |             ^^^^^^
// ERR-NEXT:  |
// ERR-NEXT:help: a local variable with a similar name exists
// ERR-NEXT:  |
// ERR-NEXT:4 |     let a = counter + 1;
// ERR-NEXT:  |                  +
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0425`.
