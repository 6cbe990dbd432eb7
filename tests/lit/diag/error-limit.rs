// 5,000 errors: owl prints the first 1,000, says how many it did not show,
// and counts them all; it stays fast.
// RUN: python3 -c "print('fn main() {'); [print('    let x%%d: i32 = \"a\";' %% i) for i in range(5000)]; print('}')" > %t.many.rs
// RUN: sh -c '%owl check --error-format=short %t.many.rs 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --match-full-lines < %t.err
// RUN: sh -c 'test $(grep -c "error\[E0308\]" %t.err) -eq 1000'
// CHECK:{{.*}}.many.rs:2:{{[0-9]+}}: error[E0308]: mismatched types: expected `i32`, found `&str`
// CHECK:{{.*}}.many.rs:1001:{{[0-9]+}}: error[E0308]: mismatched types: expected `i32`, found `&str`
// CHECK-NEXT:note: 4000 more errors {{(and [0-9]+ warnings? )?}}not shown: owl prints the first 1000 errors
// CHECK-NEXT:error: aborting due to 5000 previous errors{{(; [0-9]+ warnings? emitted)?}}
fn main() {}
