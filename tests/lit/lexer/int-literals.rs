// Integer literals: decimal, hex, octal, binary, `_` separators and
// type suffixes. The value is the magnitude as written.
fn main() {
    let a = (0, 42, 1_000_000, 5u8, 1_000i64, 0xff, 0xffu8, 0xFF_FF, 0o777, 0b1010_1010);
    let b = (0x1f32, 0b1i32, 1usize, 340282366920938463463374607431768211455u128);
    println!("{:?} {:?}", a, b);
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
// TOK-NEXT:4:14 INT `0` value=0
// TOK-NEXT:4:15 PUNCT `,`
// TOK-NEXT:4:17 INT `42` value=42
// TOK-NEXT:4:19 PUNCT `,`
// TOK-NEXT:4:21 INT `1_000_000` value=1000000
// TOK-NEXT:4:30 PUNCT `,`
// TOK-NEXT:4:32 INT `5u8` value=5 suffix=u8
// TOK-NEXT:4:35 PUNCT `,`
// TOK-NEXT:4:37 INT `1_000i64` value=1000 suffix=i64
// TOK-NEXT:4:45 PUNCT `,`
// TOK-NEXT:4:47 INT `0xff` value=255
// TOK-NEXT:4:51 PUNCT `,`
// TOK-NEXT:4:53 INT `0xffu8` value=255 suffix=u8
// TOK-NEXT:4:59 PUNCT `,`
// TOK-NEXT:4:61 INT `0xFF_FF` value=65535
// TOK-NEXT:4:68 PUNCT `,`
// TOK-NEXT:4:70 INT `0o777` value=511
// TOK-NEXT:4:75 PUNCT `,`
// TOK-NEXT:4:77 INT `0b1010_1010` value=170
// TOK-NEXT:4:88 PUNCT `)`
// TOK-NEXT:4:89 PUNCT `;`
// TOK-NEXT:5:5 KEYWORD `let`
// TOK-NEXT:5:9 IDENT `b`
// TOK-NEXT:5:11 PUNCT `=`
// TOK-NEXT:5:13 PUNCT `(`
// TOK-NEXT:5:14 INT `0x1f32` value=7986
// TOK-NEXT:5:20 PUNCT `,`
// TOK-NEXT:5:22 INT `0b1i32` value=1 suffix=i32
// TOK-NEXT:5:28 PUNCT `,`
// TOK-NEXT:5:30 INT `1usize` value=1 suffix=usize
// TOK-NEXT:5:36 PUNCT `,`
// TOK-NEXT:5:38 INT `340282366920938463463374607431768211455u128` value=340282366920938463463374607431768211455 suffix=u128
// TOK-NEXT:5:81 PUNCT `)`
// TOK-NEXT:5:82 PUNCT `;`
// TOK-NEXT:6:5 IDENT `println`
// TOK-NEXT:6:12 PUNCT `!`
// TOK-NEXT:6:13 PUNCT `(`
// TOK-NEXT:6:14 STR `"{:?} {:?}"` value="{:?} {:?}"
// TOK-NEXT:6:25 PUNCT `,`
// TOK-NEXT:6:27 IDENT `a`
// TOK-NEXT:6:28 PUNCT `,`
// TOK-NEXT:6:30 IDENT `b`
// TOK-NEXT:6:31 PUNCT `)`
// TOK-NEXT:6:32 PUNCT `;`
// TOK-NEXT:7:1 PUNCT `}`
