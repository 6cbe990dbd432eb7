// An {integer} and a {float} have no common type; rustc lists the impls.
fn main() {
    let a = 1 + 1.5;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0277]: cannot add a float to an integer
// ERR-NEXT: --> {{.*}}E0277-add-float-to-integer.rs:3:15
// ERR-NEXT:  |
// ERR-NEXT:3 |     let a = 1 + 1.5;
// ERR-NEXT:  |               ^ no implementation for `{integer} + {float}`
// ERR-NEXT:  |
// ERR-NEXT:  = help: the trait `Add<{float}>` is not implemented for `{integer}`
// ERR-NEXT:  = help: the following other types implement trait `Add<Rhs>`:
// ERR-NEXT:            `&f128` implements `Add<f128>`
// ERR-NEXT:            `&f128` implements `Add`
// ERR-NEXT:            `&f16` implements `Add<f16>`
// ERR-NEXT:            `&f16` implements `Add`
// ERR-NEXT:            `&f32` implements `Add<f32>`
// ERR-NEXT:            `&f32` implements `Add`
// ERR-NEXT:            `&f64` implements `Add<f64>`
// ERR-NEXT:            `&f64` implements `Add`
// ERR-NEXT:          and 56 others
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0277`.
