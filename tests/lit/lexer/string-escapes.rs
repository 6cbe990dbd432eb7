// String literals: escapes, line continuations (which skip the newline
// and the next line's leading whitespace), raw strings with any number of
// `#`, and literal newlines.
fn main() {
    let a = "tab\there\nnew \"q\" \\ \0 \x41 \u{e9}\u{1F600}";
    let b = "one \
             two";
    let c = r"C:\path\n";
    let d = r#"say "hi""#;
    let e = r##"a "# b"##;
    let f = "line1
line2";
    println!("{}{}{}{}{}{}", a, b, c, d, e, f);
}

// RUN: %owl build %s --dump-tokens | FileCheck %s --check-prefix=TOK --match-full-lines --strict-whitespace
// TOK:4:1 KEYWORD `fn`
// TOK-NEXT:4:4 IDENT `main`
// TOK-NEXT:4:8 PUNCT `(`
// TOK-NEXT:4:9 PUNCT `)`
// TOK-NEXT:4:11 PUNCT `{`
// TOK-NEXT:5:5 KEYWORD `let`
// TOK-NEXT:5:9 IDENT `a`
// TOK-NEXT:5:11 PUNCT `=`
// TOK-NEXT:5:13 STR `"tab\there\nnew \"q\" \\ \0 \x41 \u{e9}\u{1F600}"` value="tab\there\nnew \"q\" \\ \u{0} A é😀"
// TOK-NEXT:5:62 PUNCT `;`
// TOK-NEXT:6:5 KEYWORD `let`
// TOK-NEXT:6:9 IDENT `b`
// TOK-NEXT:6:11 PUNCT `=`
// TOK-NEXT:6:13 STR `"one \\n             two"` value="one two"
// TOK-NEXT:7:18 PUNCT `;`
// TOK-NEXT:8:5 KEYWORD `let`
// TOK-NEXT:8:9 IDENT `c`
// TOK-NEXT:8:11 PUNCT `=`
// TOK-NEXT:8:13 STR `r"C:\path\n"` value="C:\\path\\n"
// TOK-NEXT:8:25 PUNCT `;`
// TOK-NEXT:9:5 KEYWORD `let`
// TOK-NEXT:9:9 IDENT `d`
// TOK-NEXT:9:11 PUNCT `=`
// TOK-NEXT:9:13 STR `r#"say "hi""#` value="say \"hi\""
// TOK-NEXT:9:26 PUNCT `;`
// TOK-NEXT:10:5 KEYWORD `let`
// TOK-NEXT:10:9 IDENT `e`
// TOK-NEXT:10:11 PUNCT `=`
// TOK-NEXT:10:13 STR `r##"a "# b"##` value="a \"# b"
// TOK-NEXT:10:26 PUNCT `;`
// TOK-NEXT:11:5 KEYWORD `let`
// TOK-NEXT:11:9 IDENT `f`
// TOK-NEXT:11:11 PUNCT `=`
// TOK-NEXT:11:13 STR `"line1\nline2"` value="line1\nline2"
// TOK-NEXT:12:7 PUNCT `;`
// TOK-NEXT:13:5 IDENT `println`
// TOK-NEXT:13:12 PUNCT `!`
// TOK-NEXT:13:13 PUNCT `(`
// TOK-NEXT:13:14 STR `"{}{}{}{}{}{}"` value="{}{}{}{}{}{}"
// TOK-NEXT:13:28 PUNCT `,`
// TOK-NEXT:13:30 IDENT `a`
// TOK-NEXT:13:31 PUNCT `,`
// TOK-NEXT:13:33 IDENT `b`
// TOK-NEXT:13:34 PUNCT `,`
// TOK-NEXT:13:36 IDENT `c`
// TOK-NEXT:13:37 PUNCT `,`
// TOK-NEXT:13:39 IDENT `d`
// TOK-NEXT:13:40 PUNCT `,`
// TOK-NEXT:13:42 IDENT `e`
// TOK-NEXT:13:43 PUNCT `,`
// TOK-NEXT:13:45 IDENT `f`
// TOK-NEXT:13:46 PUNCT `)`
// TOK-NEXT:13:47 PUNCT `;`
// TOK-NEXT:14:1 PUNCT `}`
