// A parameter needs `name: Type`.
fn double(x i32) -> i32 {
    x * 2
}
fn main() {}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: expected one of `:`, `@`, or `|`, found `i32`
// ERR-NEXT: --> {{.*}}param-without-type.rs:2:13
// ERR-NEXT:  |
// ERR-NEXT:2 | fn double(x i32) -> i32 {
// ERR-NEXT:  |           --^^^
// ERR-NEXT:  |           | |
// ERR-NEXT:  |           | expected one of `:`, `@`, or `|`
// ERR-NEXT:  |           help: declare the type after the parameter binding: `<identifier>: <type>`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
