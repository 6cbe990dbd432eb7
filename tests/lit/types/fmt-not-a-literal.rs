// The format string must be a literal.
fn main() {
    let s = "hi";
    println!(s);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: format argument must be a string literal
// ERR-NEXT: --> {{.*}}fmt-not-a-literal.rs:4:14
// ERR-NEXT:  |
// ERR-NEXT:4 |     println!(s);
// ERR-NEXT:  |              ^
// ERR-NEXT:  |
// ERR-NEXT:help: you might be missing a string literal to format with
// ERR-NEXT:  |
// ERR-NEXT:4 |     println!("{}", s);
// ERR-NEXT:  |              +++++
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
