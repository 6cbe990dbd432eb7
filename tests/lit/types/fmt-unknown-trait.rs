// `{:z}` names no formatting trait.
fn main() {
    println!("{:z}", 1);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: unknown format trait `z`
// ERR-NEXT: --> {{.*}}fmt-unknown-trait.rs:3:17
// ERR-NEXT:  |
// ERR-NEXT:3 |     println!("{:z}", 1);
// ERR-NEXT:  |                 ^
// ERR-NEXT:  |
// ERR-NEXT:  = note: the only appropriate formatting traits are:
// ERR-NEXT:          - ``, which uses the `Display` trait
// ERR-NEXT:          - `?`, which uses the `Debug` trait
// ERR-NEXT:          - `e`, which uses the `LowerExp` trait
// ERR-NEXT:          - `E`, which uses the `UpperExp` trait
// ERR-NEXT:          - `o`, which uses the `Octal` trait
// ERR-NEXT:          - `p`, which uses the `Pointer` trait
// ERR-NEXT:          - `b`, which uses the `Binary` trait
// ERR-NEXT:          - `x`, which uses the `LowerHex` trait
// ERR-NEXT:          - `X`, which uses the `UpperHex` trait
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
