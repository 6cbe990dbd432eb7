// One argument too many.
fn area(w: u32, h: u32) -> u32 {
    w * h
}

fn main() {
    area(3, 4, 5);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0061]: this function takes 2 arguments but 3 arguments were supplied
// ERR-NEXT: --> {{.*}}E0061-extra-argument.rs:7:5
// ERR-NEXT:  |
// ERR-NEXT:7 |     area(3, 4, 5);
// ERR-NEXT:  |     ^^^^       - unexpected argument #3 of type `{integer}`
// ERR-NEXT:  |
// ERR-NEXT:note: function defined here
// ERR-NEXT: --> {{.*}}E0061-extra-argument.rs:2:4
// ERR-NEXT:  |
// ERR-NEXT:2 | fn area(w: u32, h: u32) -> u32 {
// ERR-NEXT:  |    ^^^^
// ERR-NEXT:help: remove the extra argument
// ERR-NEXT:  |
// ERR-NEXT:7 -     area(3, 4, 5);
// ERR-NEXT:7 +     area(3, 4);
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0061`.
