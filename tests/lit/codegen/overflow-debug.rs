// Debug builds check + - * with LLVM's overflow intrinsics and panic with
// rustc's message at the expression's start.
// RUN: %owl build %s --emit=llvm-ir -o - | FileCheck %s --check-prefix=IR
fn add(a: i32, b: u8) -> i32 {
    a * (b as i32) + 1
}
fn main() {
    println!("{}", add(2, 3));
}
// IR-DAG: @[[MUL:owl.str.[0-9]+]] = private unnamed_addr constant [33 x i8] c"attempt to multiply with overflow"
// IR-DAG: @[[ADD:owl.str.[0-9]+]] = private unnamed_addr constant [28 x i8] c"attempt to add with overflow"
// IR-LABEL: define internal void @owl.add(
// IR: call { i32, i1 } @llvm.smul.with.overflow.i32(
// IR: call { i32, i1 } @llvm.sadd.with.overflow.i32(
// IR: call void @owl_panic_str({{.*}}@[[MUL]]{{.*}}, i64 33,
// IR: call void @owl_panic_str({{.*}}@[[ADD]]{{.*}}, i64 28,
