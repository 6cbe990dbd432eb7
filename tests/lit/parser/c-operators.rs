// C's `++` and `~` are explained.
fn main() {
    let mut x = 3;
    x++;
}
fn f() {
    let y = ~5;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: Rust has no postfix increment operator
// ERR-NEXT: --> {{.*}}c-operators.rs:4:6
// ERR-NEXT:  |
// ERR-NEXT:4 |     x++;
// ERR-NEXT:  |      ^^ not a valid postfix operator
// ERR-NEXT:  |
// ERR-NEXT:help: use `+= 1` instead
// ERR-NEXT:  |
// ERR-NEXT:4 -     x++;
// ERR-NEXT:4 +     x += 1;
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:error: `~` cannot be used as a unary operator
// ERR-NEXT: --> {{.*}}c-operators.rs:7:13
// ERR-NEXT:  |
// ERR-NEXT:7 |     let y = ~5;
// ERR-NEXT:  |             ^
// ERR-NEXT:  |
// ERR-NEXT:help: use `!` to perform bitwise not
// ERR-NEXT:  |
// ERR-NEXT:7 -     let y = ~5;
// ERR-NEXT:7 +     let y = !5;
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 2 previous errors
