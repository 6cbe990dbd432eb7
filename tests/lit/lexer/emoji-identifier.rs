// Emoji in identifiers are reported after parsing, as rustc does.
fn main() {
    let 😀 = 1;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: identifiers cannot contain emoji: `😀`
// ERR-NEXT: --> {{.*}}emoji-identifier.rs:3:9
// ERR-NEXT:  |
// ERR-NEXT:3 |     let 😀 = 1;
// ERR-NEXT:  |         ^^
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
