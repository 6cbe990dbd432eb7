// With --error-format=json a lint's name is its code, with no explanation,
// as in rustc's JSON (checked field by field against rustc 1.95).
fn main() {
    let x = i32::MAX;
    let y = x + 1;
    println!("{}", y);
}

// RUN: sh -c '%owl check --error-format=json %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// ERR: {"$message_type":"diagnostic","message":"this arithmetic operation will overflow","code":{"code":"arithmetic_overflow","explanation":null},"level":"error","spans":[{"file_name":"{{.*}}json-format.rs","byte_start":189,"byte_end":194,"line_start":5,"line_end":5,"column_start":13,"column_end":18,"is_primary":true,
// ERR-SAME: "label":"attempt to compute `i32::MAX + 1_i32`, which would overflow"
// ERR-SAME: "children":[{"message":"`#[deny(arithmetic_overflow)]` on by default","code":null,"level":"note","spans":[],"children":[],"rendered":null}]
