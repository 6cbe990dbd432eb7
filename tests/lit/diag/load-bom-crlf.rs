// A UTF-8 BOM and CRLF line endings are accepted; lines and columns come out
// as rustc's, and JSON byte offsets count the BOM and the CRs, as rustc's do.
// RUN: rm -rf %t.d && mkdir -p %t.d
// RUN: printf '\357\273\277fn main() {\r\n    let x = 1;\r\n    println!("{}", x);\r\n}\r\n' > %t.d/ok.rs
// RUN: sh -c 'cd %t.d && %owl check ok.rs'
// RUN: printf '\357\273\277fn main() {\r\n    let x: i32 = "hello";\r\n    println!("{}", x);\r\n}\r\n' > %t.d/crlf.rs
// RUN: sh -c 'cd %t.d && %owl check crlf.rs 2> err; test $? -eq 1'
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.d/err
// RUN: sh -c 'cd %t.d && %owl check --error-format=json crlf.rs 2> err.json; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=JSON < %t.d/err.json
// CHECK:error[E0308]: mismatched types
// CHECK-NEXT: --> crlf.rs:2:18
// CHECK-NEXT:  |
// CHECK-NEXT:2 |     let x: i32 = "hello";
// CHECK-NEXT:  |            ---   ^^^^^^^ expected `i32`, found `&str`
// CHECK-NEXT:  |            |
// CHECK-NEXT:  |            expected due to this
// CHECK-EMPTY:
// CHECK-NEXT:error: aborting due to 1 previous error
// CHECK-EMPTY:
// CHECK-NEXT:For more information about this error, try `owl explain E0308`.
// JSON:"byte_start":33,"byte_end":40,"line_start":2,"line_end":2,"column_start":18,"column_end":25,"is_primary":true,
fn main() {}
