// Slips rustc recovers from, reported as rustc reports them; parsing goes
// on after each.
fn double x: i32) -> i32 {
    x * 2
}
fn main() {
    for i 0..3 {
        println!("{}", i);
    }
    let total = 1 + + 2;
    let mut mut n = 3;
    let flipped = ~n;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: unexpected closing delimiter: `)`
// ERR-NEXT: --> {{.*}}rustc-recoveries.rs:3:17
// ERR-NEXT:  |
// ERR-NEXT:3 | fn double x: i32) -> i32 {
// ERR-NEXT:  |                 ^ unexpected closing delimiter
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
