// Debug: MIR asserts that the amount, read as unsigned, is below the bit
// width (so a negative amount panics too); the shift itself masks the
// amount to bits-1 after widening it to the shifted type.
// -O: the amount is masked to bits-1 and nothing is checked.
// RUN: %owl build %s --emit=llvm-ir -o - | FileCheck %s --check-prefix=IR
// RUN: %owl build -O %s --emit=llvm-ir -o - | FileCheck %s --check-prefix=OPT
fn shl(x: i64, n: i32) -> i64 {
    x << n
}
fn shr(x: u8, n: u8) -> u8 {
    x >> n
}
fn main() {
    let s = String::from("ab");
    let n = s.len() as i32;
    println!("{} {}", shl(1, n), shr(200, n as u8));
}
// IR: c"attempt to shift left with overflow"
// IR: c"attempt to shift right with overflow"
// IR-LABEL: define internal void @owl.shl(
// IR: icmp ult i32 %{{[0-9]+}}, 64
// IR: %[[W:[0-9]+]] = zext i32 %{{[0-9]+}} to i64
// IR: %[[M:[0-9]+]] = and i64 %[[W]], 63
// IR: shl i64 %{{[0-9]+}}, %[[M]]
// IR-LABEL: define internal void @owl.shr(
// IR: icmp ult i8 %{{[0-9]+}}, 8
// IR: %[[M8:[0-9]+]] = and i8 %{{[0-9]+}}, 7
// IR: lshr i8 %{{[0-9]+}}, %[[M8]]
// OPT-NOT: attempt to shift
// OPT: and i64 %{{[0-9]+}}, 63
// OPT: shl {{.*}}i64
// OPT: and i8 %{{[0-9]+}}, 7
// OPT: lshr i8
