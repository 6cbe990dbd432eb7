// A misspelled method: rustc suggests the closest one.
fn main() {
    let s = String::from("abc");
    let n = s.lenght();
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0599]: no method named `lenght` found for struct `String` in the current scope
// ERR-NEXT: --> {{.*}}E0599-similar-method.rs:4:15
// ERR-NEXT:  |
// ERR-NEXT:4 |     let n = s.lenght();
// ERR-NEXT:  |               ^^^^^^
// ERR-NEXT:  |
// ERR-NEXT:help: there is a method `len` with a similar name
// ERR-NEXT:  |
// ERR-NEXT:4 -     let n = s.lenght();
// ERR-NEXT:4 +     let n = s.len();
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0599`.
