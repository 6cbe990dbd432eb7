// Several extra arguments.
fn ping() {}

fn main() {
    ping(1, 2);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0061]: this function takes 0 arguments but 2 arguments were supplied
// ERR-NEXT: --> {{.*}}E0061-extra-arguments.rs:5:5
// ERR-NEXT:  |
// ERR-NEXT:5 |     ping(1, 2);
// ERR-NEXT:  |     ^^^^ -  - unexpected argument #2 of type `{integer}`
// ERR-NEXT:  |          |
// ERR-NEXT:  |          unexpected argument #1 of type `{integer}`
// ERR-NEXT:  |
// ERR-NEXT:note: function defined here
// ERR-NEXT: --> {{.*}}E0061-extra-arguments.rs:2:4
// ERR-NEXT:  |
// ERR-NEXT:2 | fn ping() {}
// ERR-NEXT:  |    ^^^^
// ERR-NEXT:help: remove the extra arguments
// ERR-NEXT:  |
// ERR-NEXT:5 -     ping(1, 2);
// ERR-NEXT:5 +     ping();
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0061`.
