// Tuples implement Debug, not Display.
fn main() {
    let t = (1, 2);
    println!("{}", t);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0277]: `({integer}, {integer})` doesn't implement `std::fmt::Display`
// ERR-NEXT: --> {{.*}}E0277-display-tuple.rs:4:20
// ERR-NEXT:  |
// ERR-NEXT:4 |     println!("{}", t);
// ERR-NEXT:  |               --   ^ `({integer}, {integer})` cannot be formatted with the default formatter
// ERR-NEXT:  |               |
// ERR-NEXT:  |               required by this formatting parameter
// ERR-NEXT:  |
// ERR-NEXT:  = help: the trait `std::fmt::Display` is not implemented for `({integer}, {integer})`
// ERR-NEXT:  = note: in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0277`.
