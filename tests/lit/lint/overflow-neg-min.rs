// Negating MIN overflows: `-n` of a known `i8::MIN`, and of a literal MIN.
fn main() {
    let n = i8::MIN;
    let m = -n;
    let k = -i64::MIN;
    println!("{} {}", m, k);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-neg-min.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let m = -n;
// ERR-NEXT:  |             ^^ attempt to negate `i8::MIN`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-neg-min.rs:5:13
// ERR-NEXT:  |
// ERR-NEXT:5 |     let k = -i64::MIN;
// ERR-NEXT:  |             ^^^^^^^^^ attempt to negate `i64::MIN`, which would overflow
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
