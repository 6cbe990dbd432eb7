// The annotation's element types flow into the tuple: the error is at the
// element, without "expected due to this".
fn main() {
    let pair: (i32, f64) = (1, "a");
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-tuple-element.rs:4:32
// ERR-NEXT:  |
// ERR-NEXT:4 |     let pair: (i32, f64) = (1, "a");
// ERR-NEXT:  |                                ^^^ expected `f64`, found `&str`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
