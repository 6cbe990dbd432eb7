// Indexing compares the index with the length and calls owl_panic_bounds
// with both and the location of the indexing expression (line 6, col 5);
// the element address is the index times the element size.
// RUN: %owl build %s --emit=llvm-ir -o - | FileCheck %s --check-prefix=IR
fn get(a: [i32; 3], i: usize) -> i32 {
    a[i]
}
fn main() {
    println!("{}", get([1, 2, 3], 1));
}
// IR: @[[LOC:owl.loc.[0-9]+]] = private unnamed_addr constant <{ {{.*}}, i32 6, i32 5 }>
// IR-LABEL: define internal void @owl.get(
// IR: icmp ult i64 %{{[0-9]+}}, 3
// IR: mul nuw i64 %{{[0-9]+}}, 4
// IR: panic:
// IR: call void @owl_panic_bounds(i64 %{{[0-9]+}}, i64 3, {{.*}}@[[LOC]]
// IR-NEXT: unreachable
