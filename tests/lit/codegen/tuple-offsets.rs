// Tuple fields are stored at rustc's offsets, read from layout_of():
// (u8, u64, u8, u32) puts .1 at 0, .0 at 8, .2 at 9 and .3 at 12 (all
// fields but the last sorted by alignment; the last stays last).
// RUN: %owl build %s --emit=llvm-ir -o - | FileCheck %s --check-prefix=IR
fn make(a: u8, b: u64, c: u8, d: u32) -> (u8, u64, u8, u32) {
    (a, b, c, d)
}
fn main() {
    let t = make(1, 2, 3, 4);
    println!("{:?} {}", t, std::mem::size_of::<(u8, u64, u8, u32)>());
}
// IR-LABEL: define internal void @owl.make(
// IR: bb0:
// IR-NEXT: %[[P0:[0-9]+]] = getelementptr inbounds i8, {{.*}}, i64 8
// IR-NEXT: %[[A:[0-9]+]] = load i8,
// IR-NEXT: store i8 %[[A]], {{.*}}%[[P0]], align 1
// IR: %[[B:[0-9]+]] = load i64,
// IR: store i64 %[[B]], {{.*}}, align 8
// IR-NEXT: %[[P2:[0-9]+]] = getelementptr inbounds i8, {{.*}}, i64 9
// IR-NEXT: %[[C:[0-9]+]] = load i8,
// IR-NEXT: store i8 %[[C]], {{.*}}%[[P2]], align 1
// IR-NEXT: %[[P3:[0-9]+]] = getelementptr inbounds i8, {{.*}}, i64 12
// IR: store i32 %{{[0-9]+}}, {{.*}}, align 4
// IR-NEXT: call void @llvm.memcpy.{{.*}}, i64 16, i1 false)
// IR-LABEL: define internal void @owl.main(
// IR: store i64 16,
