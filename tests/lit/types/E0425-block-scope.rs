// A variable declared in an inner block is gone after the block.
fn main() {
    {
        let inner = 1;
        println!("{}", inner);
    }
    println!("{}", inner);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0425]: cannot find value `inner` in this scope
// ERR-NEXT: --> {{.*}}E0425-block-scope.rs:7:20
// ERR-NEXT:  |
// ERR-NEXT:7 |     println!("{}", inner);
// ERR-NEXT:  |                    ^^^^^
// ERR-NEXT:  |
// ERR-NEXT:help: the binding `inner` is available in a different scope in the same function
// ERR-NEXT: --> {{.*}}E0425-block-scope.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |         let inner = 1;
// ERR-NEXT:  |             ^^^^^
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0425`.
