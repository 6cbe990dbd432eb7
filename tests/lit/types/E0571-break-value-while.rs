// Only `loop` can break with a value.
fn main() {
    let mut i = 0;
    while i < 10 {
        i += 1;
        break i;
    }
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0571]: `break` with value from a `while` loop
// ERR-NEXT: --> {{.*}}E0571-break-value-while.rs:6:9
// ERR-NEXT:  |
// ERR-NEXT:4 |     while i < 10 {
// ERR-NEXT:  |     ------------ you can't `break` with a value in a `while` loop
// ERR-NEXT:5 |         i += 1;
// ERR-NEXT:6 |         break i;
// ERR-NEXT:  |         ^^^^^^^ can only break with a value inside `loop` or breakable block
// ERR-NEXT:  |
// ERR-NEXT:help: use `break` on its own without a value inside this `while` loop
// ERR-NEXT:  |
// ERR-NEXT:6 -         break i;
// ERR-NEXT:6 +         break;
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0571`.
