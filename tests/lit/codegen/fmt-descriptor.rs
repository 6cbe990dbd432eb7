// A formatted value reaches the runtime as (address, type descriptor, spec).
// The descriptor of (u8, u32, u16) lists its fields' descriptors and their
// offsets in source order, as rustc lays the tuple out: .0 at 4, .1 at 0,
// .2 at 6 (the last field stays last). {:>8?} gives a spec with right
// alignment (2), width 8 and the Debug trait ('?' = 63).
// RUN: %owl build %s --emit=llvm-ir -o - | FileCheck %s --check-prefix=IR
fn main() {
    let t: (u8, u32, u16) = (1, 2, 3);
    println!("{:?} {:>8?}", t, 5u8);
}
// IR-DAG: @[[SPEC:owl.spec.[0-9]+]] = private unnamed_addr constant <{ i32, i8, i8, i8, i8, i64, i64 }> <{ i32 32, i8 2, i8 0, i8 63, i8 0, i64 8, i64 -1 }>, align 8
// IR-DAG: @[[U8:owl.td.[0-9]+]] = private unnamed_addr constant <{ {{.*}} }> <{ i64 2, i64 1, i64 0, i64 0,
// IR-DAG: @[[OFFS:owl.tdo.[0-9]+]] = private unnamed_addr constant [3 x i64] [i64 4, i64 0, i64 6], align 8
// IR-DAG: @[[FIELDS:owl.tdf.[0-9]+]] = private unnamed_addr constant [3 x {{.*}}] [{{.*}}@[[U8]]
// IR-DAG: @[[TUP:owl.td.[0-9]+]] = private unnamed_addr constant <{ {{.*}} }> <{ i64 9, i64 8, i64 3, i64 0, {{.*}}null, {{.*}}@[[FIELDS]]{{.*}}, {{.*}}@[[OFFS]]
// IR-LABEL: define internal void @owl.main(
// IR: call void @owl_fmt_init({{.*}}, i64 0)
// IR: call void @owl_fmt_arg({{.*}}, {{.*}}@[[TUP]]
// IR: call void @owl_fmt_lit(
// IR: call void @owl_fmt_arg({{.*}}, {{.*}}@[[U8]]{{.*}}, {{.*}}@[[SPEC]]
// IR: call void @owl_fmt_print({{.*}}, i32 1)
