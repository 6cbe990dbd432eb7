// A `static` becomes a global named owl.static.NAME laid out like the
// type (here a tuple: fields in rustc's order with explicit padding) in
// read-only data. String literals are private unnamed_addr constants, one
// per distinct literal, shared by statics and code.
// RUN: %owl build %s --emit=llvm-ir -o - | FileCheck %s --check-prefix=IR
static PAIR: (u8, u32) = (7, 9);
static COUNT: u64 = 3;
static NAME: &str = "owl";
fn main() {
    println!("{:?} {} {} {}", PAIR, COUNT, NAME, "owl");
}
// IR-DAG: @owl.static.PAIR = internal constant <{ i8, [3 x i8], i32 }> <{ i8 7, [3 x i8] zeroinitializer, i32 9 }>, align 4
// IR-DAG: @owl.static.COUNT = internal constant i64 3, align 8
// IR-DAG: @[[S:owl.str.[0-9]+]] = private unnamed_addr constant [3 x i8] c"owl", align 1
// IR-DAG: @owl.static.NAME = internal constant <{ {{.*}}, i64 }> <{ {{.*}}@[[S]]{{.*}}, i64 3 }>, align 8
// IR-NOT: c"owl"
