// `let` outside a function.
let x = 5;
fn main() {}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: expected item, found keyword `let`
// ERR-NEXT: --> {{.*}}expected-item.rs:2:1
// ERR-NEXT:  |
// ERR-NEXT:2 | let x = 5;
// ERR-NEXT:  | ^^^
// ERR-NEXT:  | |
// ERR-NEXT:  | `let` cannot be used for global variables
// ERR-NEXT:  | help: consider using `static` or `const` instead of `let`
// ERR-NEXT:  |
// ERR-NEXT:  = note: for a full list of items that can appear in modules, see <https://doc.rust-lang.org/reference/items.html>
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
