// Keywords, identifiers (raw and Unicode), lifetimes, `_`, and the
// reserved keywords rustc 2021 refuses as identifiers. Only lexed.
fn main() {
    let r#type = 1; let café = 2; let _x = r#type + café;
    'outer: loop { break 'outer; }
    let _ = 'a';
}
box yield try Self self super crate static async await dyn union macro_rules

// RUN: %owl build %s --dump-tokens | FileCheck %s --check-prefix=TOK --match-full-lines --strict-whitespace
// TOK:3:1 KEYWORD `fn`
// TOK-NEXT:3:4 IDENT `main`
// TOK-NEXT:3:8 PUNCT `(`
// TOK-NEXT:3:9 PUNCT `)`
// TOK-NEXT:3:11 PUNCT `{`
// TOK-NEXT:4:5 KEYWORD `let`
// TOK-NEXT:4:9 IDENT `r#type`
// TOK-NEXT:4:16 PUNCT `=`
// TOK-NEXT:4:18 INT `1` value=1
// TOK-NEXT:4:19 PUNCT `;`
// TOK-NEXT:4:21 KEYWORD `let`
// TOK-NEXT:4:25 IDENT `café`
// TOK-NEXT:4:30 PUNCT `=`
// TOK-NEXT:4:32 INT `2` value=2
// TOK-NEXT:4:33 PUNCT `;`
// TOK-NEXT:4:35 KEYWORD `let`
// TOK-NEXT:4:39 IDENT `_x`
// TOK-NEXT:4:42 PUNCT `=`
// TOK-NEXT:4:44 IDENT `r#type`
// TOK-NEXT:4:51 PUNCT `+`
// TOK-NEXT:4:53 IDENT `café`
// TOK-NEXT:4:57 PUNCT `;`
// TOK-NEXT:5:5 LIFETIME `'outer`
// TOK-NEXT:5:11 PUNCT `:`
// TOK-NEXT:5:13 KEYWORD `loop`
// TOK-NEXT:5:18 PUNCT `{`
// TOK-NEXT:5:20 KEYWORD `break`
// TOK-NEXT:5:26 LIFETIME `'outer`
// TOK-NEXT:5:32 PUNCT `;`
// TOK-NEXT:5:34 PUNCT `}`
// TOK-NEXT:6:5 KEYWORD `let`
// TOK-NEXT:6:9 UNDERSCORE `_`
// TOK-NEXT:6:11 PUNCT `=`
// TOK-NEXT:6:13 CHAR `'a'` value=U+0061
// TOK-NEXT:6:16 PUNCT `;`
// TOK-NEXT:7:1 PUNCT `}`
// TOK-NEXT:8:1 RESERVED `box`
// TOK-NEXT:8:5 RESERVED `yield`
// TOK-NEXT:8:11 RESERVED `try`
// TOK-NEXT:8:15 KEYWORD `Self`
// TOK-NEXT:8:20 KEYWORD `self`
// TOK-NEXT:8:25 KEYWORD `super`
// TOK-NEXT:8:31 KEYWORD `crate`
// TOK-NEXT:8:37 KEYWORD `static`
// TOK-NEXT:8:44 KEYWORD `async`
// TOK-NEXT:8:50 KEYWORD `await`
// TOK-NEXT:8:56 KEYWORD `dyn`
// TOK-NEXT:8:60 IDENT `union`
// TOK-NEXT:8:66 IDENT `macro_rules`
