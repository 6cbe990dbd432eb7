// rustc reports body by body in definition order: a body's ownership
// errors, then its unused variables, then (if it passed) its MIR lints.
// The late lint (literal out of range) is skipped after an ownership error.
fn f() -> i32 {
    let y = 3;
    let a: i32 = 2147483647;
    a + 1
}

fn main() {
    let x = 5;
    let z: u8 = 300;
    let s = String::from("s");
    let t = s;
    println!("{} {}", s, f());
}

fn k() -> u8 {
    let q = 1;
    255u8 + 1
}

// RUN: sh -c '%owl check --no-memory-notes %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// ERR:warning: unused variable: `y`
// ERR-NEXT: --> {{.*}}order-with-unused-and-errors.rs:5:9
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}order-with-unused-and-errors.rs:7:5
// ERR:error[E0382]: borrow of moved value: `s`
// ERR-NEXT: --> {{.*}}order-with-unused-and-errors.rs:15:23
// ERR:warning: unused variable: `x`
// ERR-NEXT: --> {{.*}}order-with-unused-and-errors.rs:11:9
// ERR:warning: unused variable: `z`
// ERR-NEXT: --> {{.*}}order-with-unused-and-errors.rs:12:9
// ERR:warning: unused variable: `t`
// ERR-NEXT: --> {{.*}}order-with-unused-and-errors.rs:14:9
// ERR:warning: unused variable: `q`
// ERR-NEXT: --> {{.*}}order-with-unused-and-errors.rs:19:9
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}order-with-unused-and-errors.rs:20:5
// ERR-NOT: literal out of range
// ERR:error: aborting due to 3 previous errors; 5 warnings emitted
