// An index past the arguments, and an argument nobody uses.
fn main() {
    println!("{0} {2}", 1, 2);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: invalid reference to positional argument 2 (there are 2 arguments)
// ERR-NEXT: --> {{.*}}fmt-invalid-and-unused.rs:3:20
// ERR-NEXT:  |
// ERR-NEXT:3 |     println!("{0} {2}", 1, 2);
// ERR-NEXT:  |                    ^
// ERR-NEXT:  |
// ERR-NEXT:  = note: positional arguments are zero-based
// ERR-EMPTY:
// ERR-NEXT:error: argument never used
// ERR-NEXT: --> {{.*}}fmt-invalid-and-unused.rs:3:28
// ERR-NEXT:  |
// ERR-NEXT:3 |     println!("{0} {2}", 1, 2);
// ERR-NEXT:  |              ---------     ^ argument never used
// ERR-NEXT:  |              |
// ERR-NEXT:  |              formatting specifier missing
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
