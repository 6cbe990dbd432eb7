// layout_of() and layout_frame() against rustc 1.95's sizes, alignments and
// field offsets (rust-facts §1): builds tests/unit/test_layout.c with the
// layout, types and arena sources and runs it. Not a Rust program.
// RUN: cc -std=c11 -I%S/../../../compiler -o %t %S/../../unit/test_layout.c %S/../../../compiler/layout.c %S/../../../compiler/types.c %S/../../../compiler/arena.c
// RUN: %t | FileCheck %s --check-prefix=OUT
// OUT-NOT: FAIL
// OUT: layout checks passed
