// Rust 2021 reserves `ident"..."` and `ident#`; a suffix on a string
// literal is refused when the parser reaches it.
fn main() {
    let a = f"x";
    let b = "abc"suffix;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: prefix `f` is unknown
// ERR-NEXT: --> {{.*}}reserved-prefixes-and-suffixes.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let a = f"x";
// ERR-NEXT:  |             ^ unknown prefix
// ERR-NEXT:  |
// ERR-NEXT:  = note: prefixed identifiers and literals are reserved since Rust 2021
// ERR-NEXT:help: consider inserting whitespace here
// ERR-NEXT:  |
// ERR-NEXT:4 |     let a = f "x";
// ERR-NEXT:  |              +
// ERR-EMPTY:
// ERR-NEXT:error: expected one of `!`, `.`, `::`, `;`, `?`, `else`, `{`, or an operator, found `"x"`
// ERR-NEXT: --> {{.*}}reserved-prefixes-and-suffixes.rs:4:14
// ERR-NEXT:  |
// ERR-NEXT:4 |     let a = f"x";
// ERR-NEXT:  |              ^^^ expected one of 8 possible tokens
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
