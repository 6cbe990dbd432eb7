// Byte and byte string literals are Rust, but not yet owl.
fn main() {
    let a = b'a';
    let b = b"abc";
    let c = br"raw";
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: a byte literal is not supported by owl
// ERR-NEXT: --> {{.*}}byte-literals-unsupported.rs:3:13
// ERR-NEXT:  |
// ERR-NEXT:3 |     let a = b'a';
// ERR-NEXT:  |             ^^^^ not supported
// ERR-NEXT:  |
// ERR-NEXT:  = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: a byte string literal is not supported by owl
// ERR-NEXT: --> {{.*}}byte-literals-unsupported.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let b = b"abc";
// ERR-NEXT:  |             ^^^^^^ not supported
// ERR-NEXT:  |
// ERR-NEXT:  = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: a byte string literal is not supported by owl
// ERR-NEXT: --> {{.*}}byte-literals-unsupported.rs:5:13
// ERR-NEXT:  |
// ERR-NEXT:5 |     let c = br"raw";
// ERR-NEXT:  |             ^^^^^^^ not supported
// ERR-NEXT:  |
// ERR-NEXT:  = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 3 previous errors
