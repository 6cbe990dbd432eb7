// The String must be on the left of `+`.
fn main() {
    let name = String::from("x");
    let greeting = "Hello, " + name;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0369]: cannot add `String` to `&str`
// ERR-NEXT: --> {{.*}}E0369-str-plus-string.rs:4:30
// ERR-NEXT:  |
// ERR-NEXT:4 |     let greeting = "Hello, " + name;
// ERR-NEXT:  |                    --------- ^ ---- String
// ERR-NEXT:  |                    |         |
// ERR-NEXT:  |                    |         `+` cannot be used to concatenate a `&str` with a `String`
// ERR-NEXT:  |                    &str
// ERR-NEXT:  |
// ERR-NEXT:help: create an owned `String` on the left and add a borrow on the right
// ERR-NEXT:  |
// ERR-NEXT:4 |     let greeting = "Hello, ".to_owned() + &name;
// ERR-NEXT:  |                             +++++++++++   +
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0369`.
