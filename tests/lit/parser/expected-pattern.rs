// `for` needs a pattern before `in`.
fn main() {
    for in 0..3 {}
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: expected pattern, found keyword `in`
// ERR-NEXT: --> {{.*}}expected-pattern.rs:3:9
// ERR-NEXT:  |
// ERR-NEXT:3 |     for in 0..3 {}
// ERR-NEXT:  |         ^^ expected pattern
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
