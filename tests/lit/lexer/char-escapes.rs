// Character literals with every escape Rust has; the value is the scalar.
fn main() {
    let c = ['a', 'é', '😀', '\n', '\r', '\t', '\\', '\0', '\'', '"', '\"', '\x7f', '\u{1F600}', '\u{10FFFF}', '\u{0_0_4_1}', ' '];
    println!("{:?}", c);
}

// RUN: %owl build %s --dump-tokens | FileCheck %s --check-prefix=TOK --match-full-lines --strict-whitespace
// TOK:2:1 KEYWORD `fn`
// TOK-NEXT:2:4 IDENT `main`
// TOK-NEXT:2:8 PUNCT `(`
// TOK-NEXT:2:9 PUNCT `)`
// TOK-NEXT:2:11 PUNCT `{`
// TOK-NEXT:3:5 KEYWORD `let`
// TOK-NEXT:3:9 IDENT `c`
// TOK-NEXT:3:11 PUNCT `=`
// TOK-NEXT:3:13 PUNCT `[`
// TOK-NEXT:3:14 CHAR `'a'` value=U+0061
// TOK-NEXT:3:17 PUNCT `,`
// TOK-NEXT:3:19 CHAR `'é'` value=U+00E9
// TOK-NEXT:3:22 PUNCT `,`
// TOK-NEXT:3:24 CHAR `'😀'` value=U+1F600
// TOK-NEXT:3:27 PUNCT `,`
// TOK-NEXT:3:29 CHAR `'\n'` value=U+000A
// TOK-NEXT:3:33 PUNCT `,`
// TOK-NEXT:3:35 CHAR `'\r'` value=U+000D
// TOK-NEXT:3:39 PUNCT `,`
// TOK-NEXT:3:41 CHAR `'\t'` value=U+0009
// TOK-NEXT:3:45 PUNCT `,`
// TOK-NEXT:3:47 CHAR `'\\'` value=U+005C
// TOK-NEXT:3:51 PUNCT `,`
// TOK-NEXT:3:53 CHAR `'\0'` value=U+0000
// TOK-NEXT:3:57 PUNCT `,`
// TOK-NEXT:3:59 CHAR `'\''` value=U+0027
// TOK-NEXT:3:63 PUNCT `,`
// TOK-NEXT:3:65 CHAR `'"'` value=U+0022
// TOK-NEXT:3:68 PUNCT `,`
// TOK-NEXT:3:70 CHAR `'\"'` value=U+0022
// TOK-NEXT:3:74 PUNCT `,`
// TOK-NEXT:3:76 CHAR `'\x7f'` value=U+007F
// TOK-NEXT:3:82 PUNCT `,`
// TOK-NEXT:3:84 CHAR `'\u{1F600}'` value=U+1F600
// TOK-NEXT:3:95 PUNCT `,`
// TOK-NEXT:3:97 CHAR `'\u{10FFFF}'` value=U+10FFFF
// TOK-NEXT:3:109 PUNCT `,`
// TOK-NEXT:3:111 CHAR `'\u{0_0_4_1}'` value=U+0041
// TOK-NEXT:3:124 PUNCT `,`
// TOK-NEXT:3:126 CHAR `' '` value=U+0020
// TOK-NEXT:3:129 PUNCT `]`
// TOK-NEXT:3:130 PUNCT `;`
// TOK-NEXT:4:5 IDENT `println`
// TOK-NEXT:4:12 PUNCT `!`
// TOK-NEXT:4:13 PUNCT `(`
// TOK-NEXT:4:14 STR `"{:?}"` value="{:?}"
// TOK-NEXT:4:20 PUNCT `,`
// TOK-NEXT:4:22 IDENT `c`
// TOK-NEXT:4:23 PUNCT `)`
// TOK-NEXT:4:24 PUNCT `;`
// TOK-NEXT:5:1 PUNCT `}`
