// A binding of an inner block used after the block.
fn main() {
    let n = 3;
    if n > 2 {
        let msg = "big";
        println!("{}", msg);
    }
    println!("{}", msg);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0425]: cannot find value `msg` in this scope
// ERR-NEXT: --> {{.*}}E0425-out-of-scope-binding.rs:8:20
// ERR-NEXT:  |
// ERR-NEXT:8 |     println!("{}", msg);
// ERR-NEXT:  |                    ^^^
// ERR-NEXT:  |
// ERR-NEXT:help: the binding `msg` is available in a different scope in the same function
// ERR-NEXT: --> {{.*}}E0425-out-of-scope-binding.rs:5:13
// ERR-NEXT:  |
// ERR-NEXT:5 |         let msg = "big";
// ERR-NEXT:  |             ^^^
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0425`.
