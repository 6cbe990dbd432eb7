// An argument that no placeholder uses.
fn main() {
    println!("{}", 1, 2);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: argument never used
// ERR-NEXT: --> {{.*}}fmt-argument-never-used.rs:3:23
// ERR-NEXT:  |
// ERR-NEXT:3 |     println!("{}", 1, 2);
// ERR-NEXT:  |              ----     ^ argument never used
// ERR-NEXT:  |              |
// ERR-NEXT:  |              formatting specifier missing
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
