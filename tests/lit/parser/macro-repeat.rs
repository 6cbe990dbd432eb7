// `vec![v; n]` is the repeat form (MACRO_REPEAT) and `[v; n]` an array
// repeat; `vec![a, b]` is a plain call. Vec is Tier 2, so the type
// checker refuses it after the dump.
fn main() {
    let a = [0u8; 4];
    let v = vec![1; 3];
    let w = vec![1, 2];
}

// RUN: sh -c '%owl check --dump-ast %s 2>/dev/null; test $? -eq 1' | FileCheck %s --check-prefix=AST
// AST:      repeat 5:13
// AST-NEXT:        int 0u8 5:14
// AST-NEXT:        int 4 5:19
// AST:      macro vec! [repeat] 6:13
// AST-NEXT:        int 1 6:18
// AST-NEXT:        int 3 6:21
// AST:      macro vec! 7:13
// AST-NEXT:        int 1 7:18
// AST-NEXT:        int 2 7:21
