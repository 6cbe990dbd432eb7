// `return` with a value of the wrong type.
fn pick(c: bool) -> u64 {
    if c {
        return 'y';
    }
    0
}

fn main() {
    pick(true);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-return-statement.rs:4:16
// ERR-NEXT:  |
// ERR-NEXT:2 | fn pick(c: bool) -> u64 {
// ERR-NEXT:  |                     --- expected `u64` because of return type
// ERR-NEXT:3 |     if c {
// ERR-NEXT:4 |         return 'y';
// ERR-NEXT:  |                ^^^ expected `u64`, found `char`
// ERR-NEXT:  |
// ERR-NEXT:help: you can cast a `char` to a `u64`, since a `char` always occupies 4 bytes
// ERR-NEXT:  |
// ERR-NEXT:4 |         return 'y' as u64;
// ERR-NEXT:  |                    ++++++
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
