// A trailing semicolon turns the value into a statement: rustc suggests
// removing it.
fn inc(x: i32) -> i32 {
    x + 1;
}

fn main() {
    inc(1);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-missing-tail.rs:3:19
// ERR-NEXT:  |
// ERR-NEXT:3 | fn inc(x: i32) -> i32 {
// ERR-NEXT:  |    ---            ^^^ expected `i32`, found `()`
// ERR-NEXT:  |    |
// ERR-NEXT:  |    implicitly returns `()` as its body has no tail or `return` expression
// ERR-NEXT:4 |     x + 1;
// ERR-NEXT:  |          - help: remove this semicolon to return this value
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
