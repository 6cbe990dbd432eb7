// bool casts to integers only.
fn main() {
    let b = true;
    let f = b as f64;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0606]: casting `bool` as `f64` is invalid
// ERR-NEXT: --> {{.*}}E0606-bool-as-float.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let f = b as f64;
// ERR-NEXT:  |             ^^^^^^^^
// ERR-NEXT:  |
// ERR-NEXT:  = help: cast through an integer first
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0606`.
