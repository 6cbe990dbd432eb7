// One `}` too many.
fn main() {
    let x = 1;
}
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: unexpected closing delimiter: `}`
// ERR-NEXT: --> {{.*}}unexpected-closing-delimiter.rs:5:1
// ERR-NEXT:  |
// ERR-NEXT:2 | fn main() {
// ERR-NEXT:  |           - this opening brace...
// ERR-NEXT:3 |     let x = 1;
// ERR-NEXT:4 | }
// ERR-NEXT:  | - ...matches this closing brace
// ERR-NEXT:5 | }
// ERR-NEXT:  | ^ unexpected closing delimiter
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
