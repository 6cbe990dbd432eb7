// bool has no `+`.
fn main() {
    let t = true;
    let u = t + false;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0369]: cannot add `bool` to `bool`
// ERR-NEXT: --> {{.*}}E0369-bool-add.rs:4:15
// ERR-NEXT:  |
// ERR-NEXT:4 |     let u = t + false;
// ERR-NEXT:  |             - ^ ----- bool
// ERR-NEXT:  |             |
// ERR-NEXT:  |             bool
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0369`.
