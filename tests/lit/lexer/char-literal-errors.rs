// What a character literal may not hold.
fn main() {
    let a = '';
    let b = 'ab';
    let c = '\x80';
    let d = '\u{}';
    let e = "\u{D800}";
    let f = "\u{110000}";
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: empty character literal
// ERR-NEXT: --> {{.*}}char-literal-errors.rs:3:14
// ERR-NEXT:  |
// ERR-NEXT:3 |     let a = '';
// ERR-NEXT:  |              ^ empty character literal
// ERR-EMPTY:
// ERR-NEXT:error: character literal may only contain one codepoint
// ERR-NEXT: --> {{.*}}char-literal-errors.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let b = 'ab';
// ERR-NEXT:  |             ^^^^
// ERR-NEXT:  |
// ERR-NEXT:help: if you meant to write a string literal, use double quotes
// ERR-NEXT:  |
// ERR-NEXT:4 -     let b = 'ab';
// ERR-NEXT:4 +     let b = "ab";
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:error: out of range hex escape
// ERR-NEXT: --> {{.*}}char-literal-errors.rs:5:14
// ERR-NEXT:  |
// ERR-NEXT:5 |     let c = '\x80';
// ERR-NEXT:  |              ^^^^ must be a character in the range [\x00-\x7f]
// ERR-NEXT:  |
// ERR-NEXT:  = help: if you want to write a byte literal, use `b'\x80'`
// ERR-NEXT:  = help: if you want to write a Unicode character, use `'\u{80}'`
// ERR-EMPTY:
// ERR-NEXT:error: empty unicode escape
// ERR-NEXT: --> {{.*}}char-literal-errors.rs:6:14
// ERR-NEXT:  |
// ERR-NEXT:6 |     let d = '\u{}';
// ERR-NEXT:  |              ^^^^ this escape must have at least 1 hex digit
// ERR-EMPTY:
// ERR-NEXT:error: invalid unicode character escape
// ERR-NEXT: --> {{.*}}char-literal-errors.rs:7:14
// ERR-NEXT:  |
// ERR-NEXT:7 |     let e = "\u{D800}";
// ERR-NEXT:  |              ^^^^^^^^ invalid escape
// ERR-NEXT:  |
// ERR-NEXT:  = help: unicode escape must not be a surrogate
// ERR-EMPTY:
// ERR-NEXT:error: invalid unicode character escape
// ERR-NEXT: --> {{.*}}char-literal-errors.rs:8:14
// ERR-NEXT:  |
// ERR-NEXT:8 |     let f = "\u{110000}";
// ERR-NEXT:  |              ^^^^^^^^^^ invalid escape
// ERR-NEXT:  |
// ERR-NEXT:  = help: unicode escape must be at most 10FFFF
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 6 previous errors
