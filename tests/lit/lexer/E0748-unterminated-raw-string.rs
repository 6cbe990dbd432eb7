// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0748]: unterminated raw string
// ERR-NEXT:  --> {{.*}}E0748-unterminated-raw-string.rs:19:13
// ERR-NEXT:   |
// ERR-NEXT:19 |     let s = r##"abc"#;
// ERR-NEXT:   |             ^       - help: consider terminating the string here: `##`
// ERR-NEXT:   |             |
// ERR-NEXT:   |             unterminated raw string
// ERR-NEXT:   |
// ERR-NEXT:   = note: this raw string should be terminated with `"##`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0748`.
// The raw string opened with two `#` needs `"##` to close; rustc
// suggests where.
fn main() {
    let s = r##"abc"#;
}
