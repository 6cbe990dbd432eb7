// A missing `,` between call arguments is reported and repaired, over a
// line break too.
fn add(a: i32, b: i32) -> i32 {
    a + b
}
fn main() {
    let s = add(1
        2);
    println!("{}", s);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: expected one of `)`, `,`, `.`, `?`, or an operator, found `2`
// ERR-NEXT: --> {{.*}}missing-comma.rs:8:9
// ERR-NEXT:  |
// ERR-NEXT:7 |     let s = add(1
// ERR-NEXT:  |                  -
// ERR-NEXT:  |                  |
// ERR-NEXT:  |                  expected one of `)`, `,`, `.`, `?`, or an operator
// ERR-NEXT:  |                  help: missing `,`
// ERR-NEXT:8 |         2);
// ERR-NEXT:  |         ^ unexpected token
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
