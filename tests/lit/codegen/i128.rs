// i128 is 16-byte aligned as rustc has it (LLVM 14's datalayout says 8, so
// every access states its alignment), and its checked multiply uses the
// i128 overflow intrinsic, which LLVM expands inline (no __muloti4 needed
// from libgcc).
// RUN: %owl build %s --emit=llvm-ir -o - | FileCheck %s --check-prefix=IR
fn mul(a: i128, b: i128) -> i128 {
    a * b
}
fn main() {
    println!("{}", mul(1 << 100, 3));
}
// IR-LABEL: define internal void @owl.mul(
// IR: %frame = alloca [{{[0-9]+}} x i8], align 16
// IR: load i128, {{.*}}, align 16
// IR: call { i128, i1 } @llvm.smul.with.overflow.i128(
// IR: store i128 %{{[0-9]+}}, {{.*}}, align 16
