// A typo of a constant: the constant's definition is shown.
const LIMIT: i32 = 5;

fn main() {
    let c = LIMT;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0425]: cannot find value `LIMT` in this scope
// ERR-NEXT: --> {{.*}}E0425-similar-const.rs:5:13
// ERR-NEXT:  |
// ERR-NEXT:2 | const LIMIT: i32 = 5;
// ERR-NEXT:  | --------------------- similarly named constant `LIMIT` defined here
// ERR-NEXT:...
// ERR-NEXT:5 |     let c = LIMT;
// ERR-NEXT:  |             ^^^^
// ERR-NEXT:  |
// ERR-NEXT:help: a constant with a similar name exists
// ERR-NEXT:  |
// ERR-NEXT:5 |     let c = LIMIT;
// ERR-NEXT:  |                +
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0425`.
