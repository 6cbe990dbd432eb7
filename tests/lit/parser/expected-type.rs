// A `:` with no type after it.
fn main() {
    let x: = 1;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: expected type, found `=`
// ERR-NEXT: --> {{.*}}expected-type.rs:3:12
// ERR-NEXT:  |
// ERR-NEXT:3 |     let x: = 1;
// ERR-NEXT:  |          - ^ expected type
// ERR-NEXT:  |          |
// ERR-NEXT:  |          while parsing the type for `x`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
