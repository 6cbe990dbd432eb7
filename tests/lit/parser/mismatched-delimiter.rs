// Delimiters are matched before parsing, as rustc's token trees are; a
// `}` that closes a `(` is reported and nothing is parsed.
fn main() {
    foo(1;
}
fn g() {
    let a = [1, 2);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: mismatched closing delimiter: `}`
// ERR-NEXT: --> {{.*}}mismatched-delimiter.rs:4:8
// ERR-NEXT:  |
// ERR-NEXT:3 | fn main() {
// ERR-NEXT:  |           - closing delimiter possibly meant for this
// ERR-NEXT:4 |     foo(1;
// ERR-NEXT:  |        ^ unclosed delimiter
// ERR-NEXT:5 | }
// ERR-NEXT:  | ^ mismatched closing delimiter
// ERR-EMPTY:
// ERR-NEXT:error: mismatched closing delimiter: `)`
// ERR-NEXT: --> {{.*}}mismatched-delimiter.rs:7:13
// ERR-NEXT:  |
// ERR-NEXT:7 |     let a = [1, 2);
// ERR-NEXT:  |             ^    ^ mismatched closing delimiter
// ERR-NEXT:  |             |
// ERR-NEXT:  |             unclosed delimiter
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
