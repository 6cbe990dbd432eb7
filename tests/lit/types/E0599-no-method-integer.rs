// Integers have no method `length`.
fn main() {
    let n = 5;
    n.length();
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0599]: no method named `length` found for type `{integer}` in the current scope
// ERR-NEXT: --> {{.*}}E0599-no-method-integer.rs:4:7
// ERR-NEXT:  |
// ERR-NEXT:4 |     n.length();
// ERR-NEXT:  |       ^^^^^^ method not found in `{integer}`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0599`.
