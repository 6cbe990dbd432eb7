// `>>`, `>=` and `&&` are lexed whole and split when the grammar wants
// their halves: closing two generic lists, `Vec<T>=`, `&&x` and `&&str`.
// Vec is refused after parsing; the dump shows what was parsed.
fn main() {
    let v: Vec<Vec<i32>> = Vec::new();
    let w: Vec<u8>= Vec::new();
    let s: &&str = &&"a";
    let b = 1 >> 1 >= 0 && true || false;
}

// RUN: sh -c '%owl check --dump-ast %s 2>/dev/null; test $? -eq 1' | FileCheck %s --check-prefix=AST
// AST:      type `Vec<Vec<i32>>` 5:12
// AST:      type `Vec<u8>` 6:12
// AST:      type `&&str` 7:12
// AST:      ref & 7:20
// AST-NEXT:        ref & 7:21
// AST-NEXT:          str "a" 7:22
// AST:      binary || 8:13
// AST-NEXT:        binary && 8:13
// AST-NEXT:          binary >= 8:13
// AST-NEXT:            binary >> 8:13
