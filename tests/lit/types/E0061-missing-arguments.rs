// Several missing arguments.
fn volume(w: u32, h: u32, d: u32) -> u32 {
    w * h * d
}

fn main() {
    volume(2);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0061]: this function takes 3 arguments but 1 argument was supplied
// ERR-NEXT: --> {{.*}}E0061-missing-arguments.rs:7:5
// ERR-NEXT:  |
// ERR-NEXT:7 |     volume(2);
// ERR-NEXT:  |     ^^^^^^--- two arguments of type `u32` and `u32` are missing
// ERR-NEXT:  |
// ERR-NEXT:note: function defined here
// ERR-NEXT: --> {{.*}}E0061-missing-arguments.rs:2:4
// ERR-NEXT:  |
// ERR-NEXT:2 | fn volume(w: u32, h: u32, d: u32) -> u32 {
// ERR-NEXT:  |    ^^^^^^         ------  ------
// ERR-NEXT:help: provide the arguments
// ERR-NEXT:  |
// ERR-NEXT:7 |     volume(2, /* u32 */, /* u32 */);
// ERR-NEXT:  |             ++++++++++++++++++++++
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0061`.
