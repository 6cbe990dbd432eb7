// A positional index past the arguments.
fn main() {
    println!("{0} {1}", 1);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: invalid reference to positional argument 1 (there is 1 argument)
// ERR-NEXT: --> {{.*}}fmt-invalid-reference.rs:3:20
// ERR-NEXT:  |
// ERR-NEXT:3 |     println!("{0} {1}", 1);
// ERR-NEXT:  |                    ^
// ERR-NEXT:  |
// ERR-NEXT:  = note: positional arguments are zero-based
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
