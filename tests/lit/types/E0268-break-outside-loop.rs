// `break` needs a loop around it.
fn main() {
    break;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0268]: `break` outside of a loop or labeled block
// ERR-NEXT: --> {{.*}}E0268-break-outside-loop.rs:3:5
// ERR-NEXT:  |
// ERR-NEXT:3 |     break;
// ERR-NEXT:  |     ^^^^^ cannot `break` outside of a loop or labeled block
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0268`.
