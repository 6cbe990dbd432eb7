// A float literal beyond f32's range becomes infinity: rustc rejects it.
fn main() {
    let f: f32 = 1e40;
    println!("{}", f);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: literal out of range for `f32`
// ERR-NEXT: --> {{.*}}lint-overflowing-f32.rs:3:18
// ERR-NEXT:  |
// ERR-NEXT:3 |     let f: f32 = 1e40;
// ERR-NEXT:  |                  ^^^^
// ERR-NEXT:  |
// ERR-NEXT:  = note: the literal `1e40` does not fit into the type `f32` and will be converted to `f32::INFINITY`
// ERR-NEXT:  = note: `#[deny(overflowing_literals)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
