// A nested fn cannot use the enclosing function's locals.
fn main() {
    let base = 10;
    fn add(x: i32) -> i32 {
        x + base
    }
    println!("{} {}", add(1), base);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0434]: can't capture dynamic environment in a fn item
// ERR-NEXT: --> {{.*}}E0434-fn-captures-local.rs:5:13
// ERR-NEXT:  |
// ERR-NEXT:5 |         x + base
// ERR-NEXT:  |             ^^^^
// ERR-NEXT:  |
// ERR-NEXT:  = help: use the `|| { ... }` closure form instead
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0434`.
