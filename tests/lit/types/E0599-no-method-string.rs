// String has no method `size`.
fn main() {
    let s = String::from("a");
    s.size();
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0599]: no method named `size` found for struct `String` in the current scope
// ERR-NEXT: --> {{.*}}E0599-no-method-string.rs:4:7
// ERR-NEXT:  |
// ERR-NEXT:4 |     s.size();
// ERR-NEXT:  |       ^^^^ method not found in `String`
// ERR-NEXT:  |
// ERR-NEXT:help: you might have meant to use `len`
// ERR-NEXT:  |
// ERR-NEXT:4 -     s.size();
// ERR-NEXT:4 +     s.len();
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0599`.
