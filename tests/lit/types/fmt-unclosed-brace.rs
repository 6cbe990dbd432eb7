// A `{` without its `}`.
fn main() {
    println!("value: {");
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: invalid format string: expected `}` but string was terminated
// ERR-NEXT: --> {{.*}}fmt-unclosed-brace.rs:3:23
// ERR-NEXT:  |
// ERR-NEXT:3 |     println!("value: {");
// ERR-NEXT:  |                      -^ expected `}` in format string
// ERR-NEXT:  |                      |
// ERR-NEXT:  |                      because of this opening brace
// ERR-NEXT:  |
// ERR-NEXT:  = note: if you intended to print `{`, you can escape it using `{{[{][{]}}`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
