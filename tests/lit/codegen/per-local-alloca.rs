// With -O every local gets its own alloca (LLVM's SROA gives up on an
// alloca once any part of it escapes, which one shared frame would do as
// soon as a reference reaches the formatter); a loop counter then lives
// in a register and the loop folds.
// RUN: %owl build -O %s --emit=llvm-ir -o - | FileCheck %s --check-prefix=OPT
fn main() {
    let mut total: u64 = 0;
    let mut i: u64 = 0;
    while i < 10 {
        total += i;
        i += 1;
    }
    println!("{}", total);
}
// OPT-NOT: %frame = alloca
// OPT: store i64 45,
