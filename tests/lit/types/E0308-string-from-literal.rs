// A string literal is a &str, not a String.
fn main() {
    let s: String = "abc";
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-string-from-literal.rs:3:21
// ERR-NEXT:  |
// ERR-NEXT:3 |     let s: String = "abc";
// ERR-NEXT:  |            ------   ^^^^^ expected `String`, found `&str`
// ERR-NEXT:  |            |
// ERR-NEXT:  |            expected due to this
// ERR-NEXT:  |
// ERR-NEXT:help: try using a conversion method
// ERR-NEXT:  |
// ERR-NEXT:3 |     let s: String = "abc".to_string();
// ERR-NEXT:  |                          ++++++++++++
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
