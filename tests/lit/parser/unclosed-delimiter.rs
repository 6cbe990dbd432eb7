// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this file contains an unclosed delimiter
// ERR-NEXT:  --> {{.*}}unclosed-delimiter.rs:23:3
// ERR-NEXT:   |
// ERR-NEXT:19 | fn main() {
// ERR-NEXT:   |           - unclosed delimiter
// ERR-NEXT:20 |     if true {
// ERR-NEXT:   |             - this delimiter might not be properly closed...
// ERR-NEXT:...
// ERR-NEXT:23 | }
// ERR-NEXT:   | -^
// ERR-NEXT:   | |
// ERR-NEXT:   | ...as it matches this but it has different indentation
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// The file ends inside a block; the `{` whose `}` has a different
// indentation is the suspect.
fn main() {
    if true {
        let x = 1;

}
