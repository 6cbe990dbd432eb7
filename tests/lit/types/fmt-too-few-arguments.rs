// Two placeholders, one argument.
fn main() {
    println!("{} {}", 1);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: 2 positional arguments in format string, but there is 1 argument
// ERR-NEXT: --> {{.*}}fmt-too-few-arguments.rs:3:15
// ERR-NEXT:  |
// ERR-NEXT:3 |     println!("{} {}", 1);
// ERR-NEXT:  |               ^^ ^^   -
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
