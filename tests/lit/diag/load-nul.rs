// A NUL byte is refused where it stands (rustc's message; rustc accepts NUL
// inside string literals, owl refuses it everywhere).
// RUN: rm -rf %t.d && mkdir -p %t.d
// RUN: printf 'fn main() {\n  \000 let x = 1;\n}\n' > %t.d/nul.rs
// RUN: sh -c 'cd %t.d && %owl check nul.rs 2> err; test $? -eq 1'
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.d/err
// CHECK:error: unknown start of token: \u{0}
// CHECK-NEXT: --> nul.rs:2:3
// CHECK-NEXT:  |
// CHECK-NEXT:2 |   ␀ let x = 1;
// CHECK-NEXT:  |   ^
// CHECK-NEXT:  |
// CHECK-NEXT:  = help: source files must contain UTF-8 encoded text, unexpected null bytes might occur when a different encoding is used
// CHECK-EMPTY:
// CHECK-NEXT:error: aborting due to 1 previous error
fn main() {}
