// `\q` and `\z` are not escapes, in strings or in chars; lexing goes on
// and reports both.
fn main() {
    let s = "ab\qc";
    let c = '\z';
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: unknown character escape: `q`
// ERR-NEXT: --> {{.*}}unknown-character-escape.rs:4:17
// ERR-NEXT:  |
// ERR-NEXT:4 |     let s = "ab\qc";
// ERR-NEXT:  |                 ^ unknown character escape
// ERR-NEXT:  |
// ERR-NEXT:  = help: for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>
// ERR-NEXT:help: if you meant to write a literal backslash (perhaps escaping in a regular expression), consider a raw string literal
// ERR-NEXT:  |
// ERR-NEXT:4 |     let s = r"ab\qc";
// ERR-NEXT:  |             +
// ERR-EMPTY:
// ERR-NEXT:error: unknown character escape: `z`
// ERR-NEXT: --> {{.*}}unknown-character-escape.rs:5:15
// ERR-NEXT:  |
// ERR-NEXT:5 |     let c = '\z';
// ERR-NEXT:  |               ^ unknown character escape
// ERR-NEXT:  |
// ERR-NEXT:  = help: for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>
// ERR-NEXT:help: if you meant to write a literal backslash (perhaps escaping in a regular expression), consider a raw string literal
// ERR-NEXT:  |
// ERR-NEXT:5 -     let c = '\z';
// ERR-NEXT:5 +     let c = r"\z";
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
