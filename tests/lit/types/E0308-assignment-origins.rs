// An assignment must match the target's type; rustc says where that type came
// from: a parameter type, a value, an annotation, the binding.
fn f(mut p: i32) {
    p = "x";
}
fn main() {
    let mut a = 5;
    a = "x";
    let mut b: u8 = 1;
    b = 'c';
    let mut c;
    c = 1;
    c = true;
    let t = (1, 2);
    let mut u = t;
    u.0 = "s";
    f(1);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-assignment-origins.rs:4:9
// ERR-NEXT:  |
// ERR-NEXT:3 | fn f(mut p: i32) {
// ERR-NEXT:  |             --- expected due to this parameter type
// ERR-NEXT:4 |     p = "x";
// ERR-NEXT:  |         ^^^ expected `i32`, found `&str`
// ERR-EMPTY:
// ERR-NEXT:error[E0308]: mismatched types
// ERR-NEXT: --> {{.*}}E0308-assignment-origins.rs:8:9
// ERR-NEXT:  |
// ERR-NEXT:7 |     let mut a = 5;
// ERR-NEXT:  |                 - expected due to this value
// ERR-NEXT:8 |     a = "x";
// ERR-NEXT:  |         ^^^ expected integer, found `&str`
// ERR-EMPTY:
// ERR-NEXT:error[E0308]: mismatched types
// ERR-NEXT:  --> {{.*}}E0308-assignment-origins.rs:10:9
// ERR-NEXT:   |
// ERR-NEXT: 9 |     let mut b: u8 = 1;
// ERR-NEXT:   |                -- expected due to this type
// ERR-NEXT:10 |     b = 'c';
// ERR-NEXT:   |         ^^^ expected `u8`, found `char`
// ERR-NEXT:   |
// ERR-NEXT:help: if you meant to write a byte literal, prefix with `b`
// ERR-NEXT:   |
// ERR-NEXT:10 |     b = b'c';
// ERR-NEXT:   |         +
// ERR-EMPTY:
// ERR-NEXT:error[E0308]: mismatched types
// ERR-NEXT:  --> {{.*}}E0308-assignment-origins.rs:13:9
// ERR-NEXT:   |
// ERR-NEXT:11 |     let mut c;
// ERR-NEXT:   |         ----- expected due to the type of this binding
// ERR-NEXT:12 |     c = 1;
// ERR-NEXT:13 |     c = true;
// ERR-NEXT:   |         ^^^^ expected integer, found `bool`
// ERR-EMPTY:
// ERR-NEXT:error[E0308]: mismatched types
// ERR-NEXT:  --> {{.*}}E0308-assignment-origins.rs:16:11
// ERR-NEXT:   |
// ERR-NEXT:16 |     u.0 = "s";
// ERR-NEXT:   |     ---   ^^^ expected integer, found `&str`
// ERR-NEXT:   |     |
// ERR-NEXT:   |     expected due to the type of this binding
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 5 previous errors
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
