// A file that cannot be read: rustc's message, exit status 2 (I/O error).
// RUN: sh -c '%owl check %t.missing.rs 2> %t.err; test $? -eq 2'
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.err
// CHECK:error: couldn't read `{{.*}}.missing.rs`: No such file or directory (os error 2)
// CHECK-EMPTY:
fn main() {}
