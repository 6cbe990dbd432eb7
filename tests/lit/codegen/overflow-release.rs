// With -O arithmetic wraps: no overflow intrinsics and no overflow panics,
// while division by zero is still checked (it stays in release, as in rustc).
// The String's length is opaque to LLVM, so nothing folds away.
// RUN: %owl build -O %s --emit=llvm-ir -o - | FileCheck %s --check-prefix=IR
fn calc(a: i32, b: i32) -> i32 {
    (a * b + 1) / b
}
fn main() {
    let s = String::from("abc");
    let n = s.len() as i32;
    println!("{}", calc(n, n - 3));
}
// IR-NOT: with.overflow
// IR-NOT: attempt to add with overflow
// IR: c"attempt to divide by zero"
// IR-NOT: with.overflow
// IR-NOT: attempt to multiply with overflow
// IR: define {{.*}}@owl.main(
// IR: mul i32
// IR: sdiv i32
