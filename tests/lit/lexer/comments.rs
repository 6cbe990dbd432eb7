//! Inner doc comments, doc comments and nested block comments are all
//! skipped.
/// a doc comment
/** a block doc comment */
fn main() {
    /* one /* two /* three */ two */ one */ let x = 1; // trailing
    /*! inner block doc */
    println!("{}", x /* inline */);
}

// RUN: %owl build %s --dump-tokens | FileCheck %s --check-prefix=TOK --match-full-lines --strict-whitespace
// TOK:5:1 KEYWORD `fn`
// TOK-NEXT:5:4 IDENT `main`
// TOK-NEXT:5:8 PUNCT `(`
// TOK-NEXT:5:9 PUNCT `)`
// TOK-NEXT:5:11 PUNCT `{`
// TOK-NEXT:6:45 KEYWORD `let`
// TOK-NEXT:6:49 IDENT `x`
// TOK-NEXT:6:51 PUNCT `=`
// TOK-NEXT:6:53 INT `1` value=1
// TOK-NEXT:6:54 PUNCT `;`
// TOK-NEXT:8:5 IDENT `println`
// TOK-NEXT:8:12 PUNCT `!`
// TOK-NEXT:8:13 PUNCT `(`
// TOK-NEXT:8:14 STR `"{}"` value="{}"
// TOK-NEXT:8:18 PUNCT `,`
// TOK-NEXT:8:20 IDENT `x`
// TOK-NEXT:8:34 PUNCT `)`
// TOK-NEXT:8:35 PUNCT `;`
// TOK-NEXT:9:1 PUNCT `}`
