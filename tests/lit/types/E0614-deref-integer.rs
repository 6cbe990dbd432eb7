// Only references can be dereferenced.
fn main() {
    let x = 5u8;
    let y = *x;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0614]: type `u8` cannot be dereferenced
// ERR-NEXT: --> {{.*}}E0614-deref-integer.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let y = *x;
// ERR-NEXT:  |             ^^ can't be dereferenced
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0614`.
