// `as` from float to integer saturates and maps NaN to 0, which LLVM's
// fptosi/fptoui do not: owl uses the .sat intrinsics. int -> int casts
// are trunc / sext / zext by the source's signedness; u8 -> char zext.
// RUN: %owl build %s --emit=llvm-ir -o - | FileCheck %s --check-prefix=IR
fn conv(f: f64, g: f32, i: i16, u: u16, b: u8) -> (i32, u8, i64, u64, char) {
    (f as i32, g as u8, i as i64, u as u64, b as char)
}
fn main() {
    println!("{:?}", conv(1e10, -5.7, -1, 65535, 233));
}
// IR-LABEL: define internal void @owl.conv(
// IR: call i32 @llvm.fptosi.sat.i32.f64(double
// IR: call i8 @llvm.fptoui.sat.i8.f32(float
// IR: sext i16 %{{[0-9]+}} to i64
// IR: zext i16 %{{[0-9]+}} to i64
// IR: zext i8 %{{[0-9]+}} to i32
