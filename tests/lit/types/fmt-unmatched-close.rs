// A lone `}` must be written `}}`.
fn main() {
    println!("a } b");
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: invalid format string: unmatched `}` found
// ERR-NEXT: --> {{.*}}fmt-unmatched-close.rs:3:17
// ERR-NEXT:  |
// ERR-NEXT:3 |     println!("a } b");
// ERR-NEXT:  |                 ^ unmatched `}` in format string
// ERR-NEXT:  |
// ERR-NEXT:  = note: if you intended to print `}`, you can escape it using `}}`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
