// Both branches of an `if` used as a value must have one type.
fn main() {
    let c = true;
    let v = if c { 1 } else { "one" };
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: `if` and `else` have incompatible types
// ERR-NEXT: --> {{.*}}E0308-if-else-incompatible.rs:4:31
// ERR-NEXT:  |
// ERR-NEXT:4 |     let v = if c { 1 } else { "one" };
// ERR-NEXT:  |                    -          ^^^^^ expected integer, found `&str`
// ERR-NEXT:  |                    |
// ERR-NEXT:  |                    expected because of this
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
