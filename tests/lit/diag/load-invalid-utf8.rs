// Bytes that are not UTF-8: rustc's error at the first bad byte, shown in a
// lossy copy of the line; exit status 1. Expected output is rustc 1.95's.
// RUN: rm -rf %t.d && mkdir -p %t.d
// RUN: printf 'fn main() {\n    let s = "a\377b";\n}\n' > %t.d/bad.rs
// RUN: sh -c 'cd %t.d && %owl check bad.rs 2> err; test $? -eq 1'
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.d/err
// RUN: sh -c 'cd %t.d && %owl check --error-format=short bad.rs 2> err.short; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=SHORT --match-full-lines --strict-whitespace < %t.d/err.short
// RUN: sh -c 'cd %t.d && %owl check --error-format=json bad.rs 2> err.json; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=JSON --match-full-lines --strict-whitespace < %t.d/err.json
// RUN: printf 'fn main() { let s = "\346\227\245\346\227"; }\n' > %t.d/bad2.rs
// RUN: sh -c 'cd %t.d && %owl check bad2.rs 2> err2; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=TWO --match-full-lines --strict-whitespace < %t.d/err2
// RUN: printf '\377' > %t.d/bad3.rs
// RUN: sh -c 'cd %t.d && %owl check bad3.rs 2> err3; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=FIRST --match-full-lines --strict-whitespace < %t.d/err3

// CHECK:error: couldn't read `bad.rs`: stream did not contain valid UTF-8
// CHECK-NEXT: --> bad.rs:2:15
// CHECK-NEXT:  |
// CHECK-NEXT:2 |     let s = "a�b";
// CHECK-NEXT:  |               ^ byte `255` is not valid utf-8
// CHECK-EMPTY:
// CHECK-NEXT:error: aborting due to 1 previous error
// CHECK-EMPTY:

// SHORT:bad.rs:2:15: error: couldn't read `bad.rs`: stream did not contain valid UTF-8: byte `255` is not valid utf-8
// SHORT-NEXT:error: aborting due to 1 previous error

// JSON:{"$message_type":"diagnostic","message":"couldn't read `bad.rs`: stream did not contain valid UTF-8","code":null,"level":"error","spans":[{"file_name":"bad.rs","byte_start":26,"byte_end":26,"line_start":2,"line_end":2,"column_start":15,"column_end":15,"is_primary":true,"text":[{"text":"    let s = \"a�b\";","highlight_start":15,"highlight_end":15}],"label":"byte `255` is not valid utf-8","suggested_replacement":null,"suggestion_applicability":null,"expansion":null}],"children":[],"rendered":"error: couldn't read `bad.rs`: stream did not contain valid UTF-8\n --> bad.rs:2:15\n  |\n2 |     let s = \"a�b\";\n  |               ^ byte `255` is not valid utf-8\n\n"}
// JSON-NEXT:{"$message_type":"diagnostic","message":"aborting due to 1 previous error","code":null,"level":"error","spans":[],"children":[],"rendered":"error: aborting due to 1 previous error\n\n"}

// TWO: --> bad2.rs:1:23
// TWO-NEXT:  |
// TWO-NEXT:1 | fn main() { let s = "日�"; }
// TWO-NEXT:  |                        ^ bytes `[230, 151]` are not valid utf-8

// FIRST:error: couldn't read `bad3.rs`: stream did not contain valid UTF-8
// FIRST-NEXT:  |
// FIRST-NEXT:  = note: invalid utf-8 at byte `0`
fn main() {}
