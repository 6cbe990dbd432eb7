// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0758]: unterminated block comment
// ERR-NEXT:  --> {{.*}}E0758-unterminated-block-comment.rs:21:5
// ERR-NEXT:   |
// ERR-NEXT:21 |       /* outer /* inner */
// ERR-NEXT:   |       ^-       --       -- ...and last nested comment terminates here.
// ERR-NEXT:   |       |        |
// ERR-NEXT:   |       |        ...as last nested comment starts here, maybe you want to close this instead?
// ERR-NEXT:   |  _____unterminated block comment
// ERR-NEXT:   | |
// ERR-NEXT:22 | | }
// ERR-NEXT:   | |__^
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0758`.
// Block comments nest: this one is still open at the end of the file.
// rustc points at the last nested comment that closed.
fn main() {
    /* outer /* inner */
}
