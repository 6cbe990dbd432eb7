// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0765]: unterminated double quote string
// ERR-NEXT:  --> {{.*}}E0765-unterminated-double-quote-string.rs:18:13
// ERR-NEXT:   |
// ERR-NEXT:18 |       let s = "abc;
// ERR-NEXT:   |  _____________^
// ERR-NEXT:19 | | }
// ERR-NEXT:   | |__^
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0765`.
// A string literal without its closing quote runs to the end of the file;
// rustc reports it and stops. (The checks come first: they would be
// inside the string.)
fn main() {
    let s = "abc;
}
