// Operators are lexed greedily; the parser splits `>>`, `&&`, `||` and
// `>=` when it wants their halves (see parser/split-tokens.rs).
fn main() {
    let mut x = 1;
    x <<= 2; x >>= 1; x += 1; x -= 1; x *= 2; x /= 2; x %= 3; x ^= 1; x &= 3; x |= 4;
    let b = x == 1 || x != 2 && x <= 3 || x >= 4 && (x << 1) > (x >> 1);
    let r = ..=5;
    let f = |a: i32| -> i32 { a };
    let p = std::mem::size_of::<u8>;
}
// @ # $ ? ~ ... => ->

// RUN: %owl build %s --dump-tokens | FileCheck %s --check-prefix=TOK --match-full-lines --strict-whitespace
// TOK:3:1 KEYWORD `fn`
// TOK-NEXT:3:4 IDENT `main`
// TOK-NEXT:3:8 PUNCT `(`
// TOK-NEXT:3:9 PUNCT `)`
// TOK-NEXT:3:11 PUNCT `{`
// TOK-NEXT:4:5 KEYWORD `let`
// TOK-NEXT:4:9 KEYWORD `mut`
// TOK-NEXT:4:13 IDENT `x`
// TOK-NEXT:4:15 PUNCT `=`
// TOK-NEXT:4:17 INT `1` value=1
// TOK-NEXT:4:18 PUNCT `;`
// TOK-NEXT:5:5 IDENT `x`
// TOK-NEXT:5:7 PUNCT `<<=`
// TOK-NEXT:5:11 INT `2` value=2
// TOK-NEXT:5:12 PUNCT `;`
// TOK-NEXT:5:14 IDENT `x`
// TOK-NEXT:5:16 PUNCT `>>=`
// TOK-NEXT:5:20 INT `1` value=1
// TOK-NEXT:5:21 PUNCT `;`
// TOK-NEXT:5:23 IDENT `x`
// TOK-NEXT:5:25 PUNCT `+=`
// TOK-NEXT:5:28 INT `1` value=1
// TOK-NEXT:5:29 PUNCT `;`
// TOK-NEXT:5:31 IDENT `x`
// TOK-NEXT:5:33 PUNCT `-=`
// TOK-NEXT:5:36 INT `1` value=1
// TOK-NEXT:5:37 PUNCT `;`
// TOK-NEXT:5:39 IDENT `x`
// TOK-NEXT:5:41 PUNCT `*=`
// TOK-NEXT:5:44 INT `2` value=2
// TOK-NEXT:5:45 PUNCT `;`
// TOK-NEXT:5:47 IDENT `x`
// TOK-NEXT:5:49 PUNCT `/=`
// TOK-NEXT:5:52 INT `2` value=2
// TOK-NEXT:5:53 PUNCT `;`
// TOK-NEXT:5:55 IDENT `x`
// TOK-NEXT:5:57 PUNCT `%=`
// TOK-NEXT:5:60 INT `3` value=3
// TOK-NEXT:5:61 PUNCT `;`
// TOK-NEXT:5:63 IDENT `x`
// TOK-NEXT:5:65 PUNCT `^=`
// TOK-NEXT:5:68 INT `1` value=1
// TOK-NEXT:5:69 PUNCT `;`
// TOK-NEXT:5:71 IDENT `x`
// TOK-NEXT:5:73 PUNCT `&=`
// TOK-NEXT:5:76 INT `3` value=3
// TOK-NEXT:5:77 PUNCT `;`
// TOK-NEXT:5:79 IDENT `x`
// TOK-NEXT:5:81 PUNCT `|=`
// TOK-NEXT:5:84 INT `4` value=4
// TOK-NEXT:5:85 PUNCT `;`
// TOK-NEXT:6:5 KEYWORD `let`
// TOK-NEXT:6:9 IDENT `b`
// TOK-NEXT:6:11 PUNCT `=`
// TOK-NEXT:6:13 IDENT `x`
// TOK-NEXT:6:15 PUNCT `==`
// TOK-NEXT:6:18 INT `1` value=1
// TOK-NEXT:6:20 PUNCT `||`
// TOK-NEXT:6:23 IDENT `x`
// TOK-NEXT:6:25 PUNCT `!=`
// TOK-NEXT:6:28 INT `2` value=2
// TOK-NEXT:6:30 PUNCT `&&`
// TOK-NEXT:6:33 IDENT `x`
// TOK-NEXT:6:35 PUNCT `<=`
// TOK-NEXT:6:38 INT `3` value=3
// TOK-NEXT:6:40 PUNCT `||`
// TOK-NEXT:6:43 IDENT `x`
// TOK-NEXT:6:45 PUNCT `>=`
// TOK-NEXT:6:48 INT `4` value=4
// TOK-NEXT:6:50 PUNCT `&&`
// TOK-NEXT:6:53 PUNCT `(`
// TOK-NEXT:6:54 IDENT `x`
// TOK-NEXT:6:56 PUNCT `<<`
// TOK-NEXT:6:59 INT `1` value=1
// TOK-NEXT:6:60 PUNCT `)`
// TOK-NEXT:6:62 PUNCT `>`
// TOK-NEXT:6:64 PUNCT `(`
// TOK-NEXT:6:65 IDENT `x`
// TOK-NEXT:6:67 PUNCT `>>`
// TOK-NEXT:6:70 INT `1` value=1
// TOK-NEXT:6:71 PUNCT `)`
// TOK-NEXT:6:72 PUNCT `;`
// TOK-NEXT:7:5 KEYWORD `let`
// TOK-NEXT:7:9 IDENT `r`
// TOK-NEXT:7:11 PUNCT `=`
// TOK-NEXT:7:13 PUNCT `..=`
// TOK-NEXT:7:16 INT `5` value=5
// TOK-NEXT:7:17 PUNCT `;`
// TOK-NEXT:8:5 KEYWORD `let`
// TOK-NEXT:8:9 IDENT `f`
// TOK-NEXT:8:11 PUNCT `=`
// TOK-NEXT:8:13 PUNCT `|`
// TOK-NEXT:8:14 IDENT `a`
// TOK-NEXT:8:15 PUNCT `:`
// TOK-NEXT:8:17 IDENT `i32`
// TOK-NEXT:8:20 PUNCT `|`
// TOK-NEXT:8:22 PUNCT `->`
// TOK-NEXT:8:25 IDENT `i32`
// TOK-NEXT:8:29 PUNCT `{`
// TOK-NEXT:8:31 IDENT `a`
// TOK-NEXT:8:33 PUNCT `}`
// TOK-NEXT:8:34 PUNCT `;`
// TOK-NEXT:9:5 KEYWORD `let`
// TOK-NEXT:9:9 IDENT `p`
// TOK-NEXT:9:11 PUNCT `=`
// TOK-NEXT:9:13 IDENT `std`
// TOK-NEXT:9:16 PUNCT `::`
// TOK-NEXT:9:18 IDENT `mem`
// TOK-NEXT:9:21 PUNCT `::`
// TOK-NEXT:9:23 IDENT `size_of`
// TOK-NEXT:9:30 PUNCT `::`
// TOK-NEXT:9:32 PUNCT `<`
// TOK-NEXT:9:33 IDENT `u8`
// TOK-NEXT:9:35 PUNCT `>`
// TOK-NEXT:9:36 PUNCT `;`
// TOK-NEXT:10:1 PUNCT `}`
