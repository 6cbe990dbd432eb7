// `String + String`: the right side must be a &str; rustc suggests a borrow.
fn main() {
    let a = String::from("ab");
    let b = String::from("cd");
    let c = a + b;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-string-plus-string.rs:5:17
// ERR-NEXT:  |
// ERR-NEXT:5 |     let c = a + b;
// ERR-NEXT:  |                 ^ expected `&str`, found `String`
// ERR-NEXT:  |
// ERR-NEXT:help: consider borrowing here
// ERR-NEXT:  |
// ERR-NEXT:5 |     let c = a + &b;
// ERR-NEXT:  |                 +
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
