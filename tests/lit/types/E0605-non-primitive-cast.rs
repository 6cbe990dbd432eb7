// `as` converts between primitive types only.
fn main() {
    let s = String::new();
    let n = s as usize;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0605]: non-primitive cast: `String` as `usize`
// ERR-NEXT: --> {{.*}}E0605-non-primitive-cast.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let n = s as usize;
// ERR-NEXT:  |             ^^^^^^^^^^ an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0605`.
