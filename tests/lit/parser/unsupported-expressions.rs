// Expressions of later tiers: each is reported where it is, and the rest
// of the function is still parsed.
fn main() {
    let v = 3;
    let a = match v { 0 => 1, _ => 2 };
    let f = |x: i32| x + 1;
    if let Some(y) = None { }
    while let Some(z) = None { }
    let p = Point { x: 1, y: 2 };
    let q = unsafe { 1 };
    let (r, s) = (&v, 'l: { 5 });
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: a `match` expression is not supported by owl
// ERR-NEXT: --> {{.*}}unsupported-expressions.rs:5:13
// ERR-NEXT:  |
// ERR-NEXT:5 |     let a = match v { 0 => 1, _ => 2 };
// ERR-NEXT:  |             ^^^^^ not supported
// ERR-NEXT:  |
// ERR-NEXT:  = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: a closure is not supported by owl
// ERR-NEXT: --> {{.*}}unsupported-expressions.rs:6:13
// ERR-NEXT:  |
// ERR-NEXT:6 |     let f = |x: i32| x + 1;
// ERR-NEXT:  |             ^^^^^^^^^^^^^^ not supported
// ERR-NEXT:  |
// ERR-NEXT:  = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: `if let` is not supported by owl
// ERR-NEXT: --> {{.*}}unsupported-expressions.rs:7:5
// ERR-NEXT:  |
// ERR-NEXT:7 |     if let Some(y) = None { }
// ERR-NEXT:  |     ^^^^^^^^^^^^^^ not supported
// ERR-NEXT:  |
// ERR-NEXT:  = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: `while let` is not supported by owl
// ERR-NEXT: --> {{.*}}unsupported-expressions.rs:8:5
// ERR-NEXT:  |
// ERR-NEXT:8 |     while let Some(z) = None { }
// ERR-NEXT:  |     ^^^^^^^^^^^^^^^^^ not supported
// ERR-NEXT:  |
// ERR-NEXT:  = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: a struct literal is not supported by owl
// ERR-NEXT: --> {{.*}}unsupported-expressions.rs:9:13
// ERR-NEXT:  |
// ERR-NEXT:9 |     let p = Point { x: 1, y: 2 };
// ERR-NEXT:  |             ^^^^^^^^^^^^^^^^^^^^ not supported
// ERR-NEXT:  |
// ERR-NEXT:  = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: an `unsafe` block is not supported by owl
// ERR-NEXT:  --> {{.*}}unsupported-expressions.rs:10:13
// ERR-NEXT:   |
// ERR-NEXT:10 |     let q = unsafe { 1 };
// ERR-NEXT:   |             ^^^^^^ not supported
// ERR-NEXT:   |
// ERR-NEXT:   = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: a labeled block is not supported by owl
// ERR-NEXT:  --> {{.*}}unsupported-expressions.rs:11:23
// ERR-NEXT:   |
// ERR-NEXT:11 |     let (r, s) = (&v, 'l: { 5 });
// ERR-NEXT:   |                       ^^^ not supported
// ERR-NEXT:   |
// ERR-NEXT:   = note: owl compiles a subset of Rust; see docs/language.md
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 7 previous errors
