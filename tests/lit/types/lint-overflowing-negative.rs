// -128i8 fits, -129i8 does not; the note shows the negation too.
fn main() {
    let a = -128i8;
    let b = -129i8;
    println!("{} {}", a, b);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: literal out of range for `i8`
// ERR-NEXT: --> {{.*}}lint-overflowing-negative.rs:4:13
// ERR-NEXT:  |
// ERR-NEXT:4 |     let b = -129i8;
// ERR-NEXT:  |             ^^^^^^
// ERR-NEXT:  |
// ERR-NEXT:  = note: the literal `-129i8` does not fit into the type `i8` whose range is `-128..=127`
// ERR-NEXT:  = help: consider using the type `i16` instead
// ERR-NEXT:  = note: `#[deny(overflowing_literals)]` on by default
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
