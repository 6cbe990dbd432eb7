// Something other than `}` after the argument.
fn main() {
    let a = 1;
    println!("{a b}");
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: invalid format string: expected `}`, found `b`
// ERR-NEXT: --> {{.*}}fmt-expected-brace.rs:4:18
// ERR-NEXT:  |
// ERR-NEXT:4 |     println!("{a b}");
// ERR-NEXT:  |               -  ^ expected `}` in format string
// ERR-NEXT:  |               |
// ERR-NEXT:  |               because of this opening brace
// ERR-NEXT:  |
// ERR-NEXT:  = note: if you intended to print `{`, you can escape it using `{{[{][{]}}`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
