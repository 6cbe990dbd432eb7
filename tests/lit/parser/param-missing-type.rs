// A parameter with a name and no type, and two with no `,` between them.
fn first(x) -> i32 {
    1
}
fn second(a: i32 b: i32) -> i32 {
    a + b
}
fn main() {}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: expected one of `:`, `@`, or `|`, found `)`
// ERR-NEXT: --> {{.*}}param-missing-type.rs:2:11
// ERR-NEXT:  |
// ERR-NEXT:2 | fn first(x) -> i32 {
// ERR-NEXT:  |           ^ expected one of `:`, `@`, or `|`
// ERR-NEXT:  |
// ERR-NEXT:help: if this is a parameter name, give it a type
// ERR-NEXT:  |
// ERR-NEXT:2 | fn first(x: TypeName) -> i32 {
// ERR-NEXT:  |           ++++++++++
// ERR-NEXT:help: if this is a type, explicitly ignore the parameter name
// ERR-NEXT:  |
// ERR-NEXT:2 | fn first(_: x) -> i32 {
// ERR-NEXT:  |          ++
// ERR-EMPTY:
// ERR-NEXT:error: expected one of `!`, `(`, `)`, `+`, `,`, `::`, or `<`, found `b`
// ERR-NEXT: --> {{.*}}param-missing-type.rs:5:18
// ERR-NEXT:  |
// ERR-NEXT:5 | fn second(a: i32 b: i32) -> i32 {
// ERR-NEXT:  |                 -^ expected one of 7 possible tokens
// ERR-NEXT:  |                 |
// ERR-NEXT:  |                 help: missing `,`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
