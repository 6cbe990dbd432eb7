// A missing `;` before a new line is reported where rustc reports it and
// repaired, so the statements after it are still checked.
fn main() {
    let x = 5
    let y = x + 1;
    println!("{}", y)
    let z = 7
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: expected `;`, found keyword `let`
// ERR-NEXT: --> {{.*}}missing-semicolon.rs:4:14
// ERR-NEXT:  |
// ERR-NEXT:4 |     let x = 5
// ERR-NEXT:  |              ^ help: add `;` here
// ERR-NEXT:5 |     let y = x + 1;
// ERR-NEXT:  |     --- unexpected token
// ERR-EMPTY:
// ERR-NEXT:error: expected `;`, found keyword `let`
// ERR-NEXT: --> {{.*}}missing-semicolon.rs:6:22
// ERR-NEXT:  |
// ERR-NEXT:6 |     println!("{}", y)
// ERR-NEXT:  |                      ^ help: add `;` here
// ERR-NEXT:7 |     let z = 7
// ERR-NEXT:  |     --- unexpected token
// ERR-EMPTY:
// ERR-NEXT:error: expected `;`, found `}`
// ERR-NEXT: --> {{.*}}missing-semicolon.rs:7:14
// ERR-NEXT:  |
// ERR-NEXT:7 |     let z = 7
// ERR-NEXT:  |              ^ help: add `;` here
// ERR-NEXT:8 | }
// ERR-NEXT:  | - unexpected token
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 3 previous errors
