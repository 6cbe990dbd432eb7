// A directory given as the source file.
// RUN: rm -rf %t.dir.rs && mkdir -p %t.dir.rs
// RUN: sh -c '%owl check %t.dir.rs 2> %t.err; test $? -eq 2'
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.err
// CHECK:error: couldn't read `{{.*}}.dir.rs`: Is a directory (os error 21)
// CHECK-EMPTY:
fn main() {}
