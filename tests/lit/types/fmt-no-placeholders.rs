// No placeholder at all: rustc suggests one.
fn main() {
    println!("x is", 1);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: argument never used
// ERR-NEXT: --> {{.*}}fmt-no-placeholders.rs:3:22
// ERR-NEXT:  |
// ERR-NEXT:3 |     println!("x is", 1);
// ERR-NEXT:  |              ------  ^ argument never used
// ERR-NEXT:  |              |
// ERR-NEXT:  |              formatting specifier missing
// ERR-NEXT:  |
// ERR-NEXT:help: format specifiers use curly braces, consider adding a format specifier
// ERR-NEXT:  |
// ERR-NEXT:3 |     println!("x is{}", 1);
// ERR-NEXT:  |                   ++
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
