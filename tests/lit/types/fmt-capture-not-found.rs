// An inline `{name}` must name a variable in scope.
fn main() {
    let value = 1;
    println!("{valeu}");
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0425]: cannot find value `valeu` in this scope
// ERR-NEXT: --> {{.*}}fmt-capture-not-found.rs:4:16
// ERR-NEXT:  |
// ERR-NEXT:4 |     println!("{valeu}");
// ERR-NEXT:  |                ^^^^^
// ERR-NEXT:  |
// ERR-NEXT:help: a local variable with a similar name exists
// ERR-NEXT:  |
// ERR-NEXT:4 -     println!("{valeu}");
// ERR-NEXT:4 +     println!("{value}");
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0425`.
