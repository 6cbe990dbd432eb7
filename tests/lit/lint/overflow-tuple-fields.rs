// Tuple fields of a tuple built in one piece are known.
fn main() {
    let t = (1u8, 255u8);
    let u = t.0 + t.1;
    println!("{}", u);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this arithmetic operation will overflow
// ERR-NEXT: --> {{.*}}overflow-tuple-fields.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let u = t.0 + t.1;
// ERR-NEXT:  |             ^^^^^^^^^ attempt to compute `1_u8 + u8::MAX`, which would overflow
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(arithmetic_overflow)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
