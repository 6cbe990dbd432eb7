// After `.`, digits are a tuple index: `t.1.0` is two fields, as rustc
// splits the float `1.0` it would otherwise be.
fn main() {
    let t = (1, (2, (3, 4)));
    let a = t.1.1.0;
    let b = t.1 .0;
    println!("{} {}", a, b);
}

// RUN: %owl build %s --dump-tokens | FileCheck %s --check-prefix=TOK --match-full-lines --strict-whitespace
// TOK:3:1 KEYWORD `fn`
// TOK-NEXT:3:4 IDENT `main`
// TOK-NEXT:3:8 PUNCT `(`
// TOK-NEXT:3:9 PUNCT `)`
// TOK-NEXT:3:11 PUNCT `{`
// TOK-NEXT:4:5 KEYWORD `let`
// TOK-NEXT:4:9 IDENT `t`
// TOK-NEXT:4:11 PUNCT `=`
// TOK-NEXT:4:13 PUNCT `(`
// TOK-NEXT:4:14 INT `1` value=1
// TOK-NEXT:4:15 PUNCT `,`
// TOK-NEXT:4:17 PUNCT `(`
// TOK-NEXT:4:18 INT `2` value=2
// TOK-NEXT:4:19 PUNCT `,`
// TOK-NEXT:4:21 PUNCT `(`
// TOK-NEXT:4:22 INT `3` value=3
// TOK-NEXT:4:23 PUNCT `,`
// TOK-NEXT:4:25 INT `4` value=4
// TOK-NEXT:4:26 PUNCT `)`
// TOK-NEXT:4:27 PUNCT `)`
// TOK-NEXT:4:28 PUNCT `)`
// TOK-NEXT:4:29 PUNCT `;`
// TOK-NEXT:5:5 KEYWORD `let`
// TOK-NEXT:5:9 IDENT `a`
// TOK-NEXT:5:11 PUNCT `=`
// TOK-NEXT:5:13 IDENT `t`
// TOK-NEXT:5:14 PUNCT `.`
// TOK-NEXT:5:15 INT `1` value=1
// TOK-NEXT:5:16 PUNCT `.`
// TOK-NEXT:5:17 INT `1` value=1
// TOK-NEXT:5:18 PUNCT `.`
// TOK-NEXT:5:19 INT `0` value=0
// TOK-NEXT:5:20 PUNCT `;`
// TOK-NEXT:6:5 KEYWORD `let`
// TOK-NEXT:6:9 IDENT `b`
// TOK-NEXT:6:11 PUNCT `=`
// TOK-NEXT:6:13 IDENT `t`
// TOK-NEXT:6:14 PUNCT `.`
// TOK-NEXT:6:15 INT `1` value=1
// TOK-NEXT:6:17 PUNCT `.`
// TOK-NEXT:6:18 INT `0` value=0
// TOK-NEXT:6:19 PUNCT `;`
// TOK-NEXT:7:5 IDENT `println`
// TOK-NEXT:7:12 PUNCT `!`
// TOK-NEXT:7:13 PUNCT `(`
// TOK-NEXT:7:14 STR `"{} {}"` value="{} {}"
// TOK-NEXT:7:21 PUNCT `,`
// TOK-NEXT:7:23 IDENT `a`
// TOK-NEXT:7:24 PUNCT `,`
// TOK-NEXT:7:26 IDENT `b`
// TOK-NEXT:7:27 PUNCT `)`
// TOK-NEXT:7:28 PUNCT `;`
// TOK-NEXT:8:1 PUNCT `}`
