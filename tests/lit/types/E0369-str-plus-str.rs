// Two &str cannot be added: the left side must be an owned String.
fn main() {
    let a = "ab";
    let b = "cd";
    let c = a + b;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0369]: cannot add `&str` to `&str`
// ERR-NEXT: --> {{.*}}E0369-str-plus-str.rs:5:15
// ERR-NEXT:  |
// ERR-NEXT:5 |     let c = a + b;
// ERR-NEXT:  |             - ^ - &str
// ERR-NEXT:  |             | |
// ERR-NEXT:  |             | `+` cannot be used to concatenate two `&str` strings
// ERR-NEXT:  |             &str
// ERR-NEXT:  |
// ERR-NEXT:  = note: string concatenation requires an owned `String` on the left
// ERR-NEXT:help: create an owned `String` from a string reference
// ERR-NEXT:  |
// ERR-NEXT:5 |     let c = a.to_owned() + b;
// ERR-NEXT:  |              +++++++++++
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0369`.
