// A name that is not in scope (no similar name to suggest).
fn main() {
    let total = 5;
    println!("{}", qqq);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0425]: cannot find value `qqq` in this scope
// ERR-NEXT: --> {{.*}}E0425-value.rs:4:20
// ERR-NEXT:  |
// ERR-NEXT:4 |     println!("{}", qqq);
// ERR-NEXT:  |                    ^^^ not found in this scope
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0425`.
