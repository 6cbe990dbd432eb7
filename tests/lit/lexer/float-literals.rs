// Float literals, and the places where a `.` after digits is not part of
// a float: ranges, method calls and tuple fields.
fn main() {
    let a = (1.5, 1e10, 2.5e-3, 1E+2, 1f64, 1.0f32, 1_000.000_1, 1.);
    let r = 1..2;
    let m = 1.max(2);
    let t = ((1, 2), 3);
    let f = t.0.1;
    println!("{:?} {:?} {} {}", a, r, m, f);
}

// RUN: %owl build %s --dump-tokens | FileCheck %s --check-prefix=TOK --match-full-lines --strict-whitespace
// TOK:3:1 KEYWORD `fn`
// TOK-NEXT:3:4 IDENT `main`
// TOK-NEXT:3:8 PUNCT `(`
// TOK-NEXT:3:9 PUNCT `)`
// TOK-NEXT:3:11 PUNCT `{`
// TOK-NEXT:4:5 KEYWORD `let`
// TOK-NEXT:4:9 IDENT `a`
// TOK-NEXT:4:11 PUNCT `=`
// TOK-NEXT:4:13 PUNCT `(`
// TOK-NEXT:4:14 FLOAT `1.5` value=1.5
// TOK-NEXT:4:17 PUNCT `,`
// TOK-NEXT:4:19 FLOAT `1e10` value=1e10
// TOK-NEXT:4:23 PUNCT `,`
// TOK-NEXT:4:25 FLOAT `2.5e-3` value=2.5e-3
// TOK-NEXT:4:31 PUNCT `,`
// TOK-NEXT:4:33 FLOAT `1E+2` value=1E+2
// TOK-NEXT:4:37 PUNCT `,`
// TOK-NEXT:4:39 FLOAT `1f64` value=1 suffix=f64
// TOK-NEXT:4:43 PUNCT `,`
// TOK-NEXT:4:45 FLOAT `1.0f32` value=1.0 suffix=f32
// TOK-NEXT:4:51 PUNCT `,`
// TOK-NEXT:4:53 FLOAT `1_000.000_1` value=1000.0001
// TOK-NEXT:4:64 PUNCT `,`
// TOK-NEXT:4:66 FLOAT `1.` value=1.
// TOK-NEXT:4:68 PUNCT `)`
// TOK-NEXT:4:69 PUNCT `;`
// TOK-NEXT:5:5 KEYWORD `let`
// TOK-NEXT:5:9 IDENT `r`
// TOK-NEXT:5:11 PUNCT `=`
// TOK-NEXT:5:13 INT `1` value=1
// TOK-NEXT:5:14 PUNCT `..`
// TOK-NEXT:5:16 INT `2` value=2
// TOK-NEXT:5:17 PUNCT `;`
// TOK-NEXT:6:5 KEYWORD `let`
// TOK-NEXT:6:9 IDENT `m`
// TOK-NEXT:6:11 PUNCT `=`
// TOK-NEXT:6:13 INT `1` value=1
// TOK-NEXT:6:14 PUNCT `.`
// TOK-NEXT:6:15 IDENT `max`
// TOK-NEXT:6:18 PUNCT `(`
// TOK-NEXT:6:19 INT `2` value=2
// TOK-NEXT:6:20 PUNCT `)`
// TOK-NEXT:6:21 PUNCT `;`
// TOK-NEXT:7:5 KEYWORD `let`
// TOK-NEXT:7:9 IDENT `t`
// TOK-NEXT:7:11 PUNCT `=`
// TOK-NEXT:7:13 PUNCT `(`
// TOK-NEXT:7:14 PUNCT `(`
// TOK-NEXT:7:15 INT `1` value=1
// TOK-NEXT:7:16 PUNCT `,`
// TOK-NEXT:7:18 INT `2` value=2
// TOK-NEXT:7:19 PUNCT `)`
// TOK-NEXT:7:20 PUNCT `,`
// TOK-NEXT:7:22 INT `3` value=3
// TOK-NEXT:7:23 PUNCT `)`
// TOK-NEXT:7:24 PUNCT `;`
// TOK-NEXT:8:5 KEYWORD `let`
// TOK-NEXT:8:9 IDENT `f`
// TOK-NEXT:8:11 PUNCT `=`
// TOK-NEXT:8:13 IDENT `t`
// TOK-NEXT:8:14 PUNCT `.`
// TOK-NEXT:8:15 INT `0` value=0
// TOK-NEXT:8:16 PUNCT `.`
// TOK-NEXT:8:17 INT `1` value=1
// TOK-NEXT:8:18 PUNCT `;`
// TOK-NEXT:9:5 IDENT `println`
// TOK-NEXT:9:12 PUNCT `!`
// TOK-NEXT:9:13 PUNCT `(`
// TOK-NEXT:9:14 STR `"{:?} {:?} {} {}"` value="{:?} {:?} {} {}"
// TOK-NEXT:9:31 PUNCT `,`
// TOK-NEXT:9:33 IDENT `a`
// TOK-NEXT:9:34 PUNCT `,`
// TOK-NEXT:9:36 IDENT `r`
// TOK-NEXT:9:37 PUNCT `,`
// TOK-NEXT:9:39 IDENT `m`
// TOK-NEXT:9:40 PUNCT `,`
// TOK-NEXT:9:42 IDENT `f`
// TOK-NEXT:9:43 PUNCT `)`
// TOK-NEXT:9:44 PUNCT `;`
// TOK-NEXT:10:1 PUNCT `}`
