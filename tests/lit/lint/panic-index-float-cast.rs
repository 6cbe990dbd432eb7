// A float cast to usize truncates: 3.9 as usize is 3, one past the end.
fn main() {
    let a = [1, 2, 3];
    let f = 3.9f64;
    let i = f as usize;
    println!("{}", a[i]);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: this operation will panic at runtime
// ERR-NEXT: --> {{.*}}panic-index-float-cast.rs:6:20
// ERR-NEXT:  |
// ERR-NEXT:6 |     println!("{}", a[i]);
// ERR-NEXT:  |                    ^^^^ index out of bounds: the length is 3 but the index is 3
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[deny(unconditional_panic)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
