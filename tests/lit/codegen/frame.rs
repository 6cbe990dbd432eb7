// Every local lives in one frame object per function, at the offset
// layout_frame() chose: alignment descending, then local order, so the
// i128 is at 0, the u64 at 16, the three references at 24/32/40 and the
// u8 at 48, in a 64-byte, 16-aligned frame.
// RUN: %owl build %s --emit=llvm-ir -o - | FileCheck %s --check-prefix=IR
fn main() {
    let a: u8 = 1;
    let b: u64 = 2;
    let c: i128 = 3;
    println!("{} {} {}", a, b, c);
}
// IR-LABEL: define internal void @owl.main(
// IR: %frame = alloca [64 x i8], align 16
// IR: %[[A:[0-9]+]] = getelementptr inbounds i8, {{.*}}, i64 48
// IR-NEXT: %[[B:[0-9]+]] = getelementptr inbounds i8, {{.*}}, i64 16
// IR: store i8 1, {{.*}}%[[A]], align 1
// IR: store i64 2, {{.*}}, align 8
// IR: store i128 3, {{.*}}, align 16
// IR: call void @owl_fmt_print(
// IR-LABEL: define i32 @main(
// IR: call void @owl_rt_init(
// IR: call void @owl.main(
// IR: call i32 @owl_rt_exit()
