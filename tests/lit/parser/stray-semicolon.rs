// A `;` after an item is not an item; rustc says which item takes none.
const LIMIT: i32 = 10;;
fn helper() -> i32 { LIMIT };
fn main() {}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: expected item, found `;`
// ERR-NEXT: --> {{.*}}stray-semicolon.rs:2:23
// ERR-NEXT:  |
// ERR-NEXT:2 | const LIMIT: i32 = 10;;
// ERR-NEXT:  |                       ^
// ERR-NEXT:  |
// ERR-NEXT:  = help: constant item declarations are not followed by a semicolon
// ERR-NEXT:help: remove this semicolon
// ERR-NEXT:  |
// ERR-NEXT:2 - const LIMIT: i32 = 10;;
// ERR-NEXT:2 + const LIMIT: i32 = 10;
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:error: expected item, found `;`
// ERR-NEXT: --> {{.*}}stray-semicolon.rs:3:29
// ERR-NEXT:  |
// ERR-NEXT:3 | fn helper() -> i32 { LIMIT };
// ERR-NEXT:  |                             ^
// ERR-NEXT:  |
// ERR-NEXT:  = help: function declarations are not followed by a semicolon
// ERR-NEXT:help: remove this semicolon
// ERR-NEXT:  |
// ERR-NEXT:3 - fn helper() -> i32 { LIMIT };
// ERR-NEXT:3 + fn helper() -> i32 { LIMIT }
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
