// String compares with strings only.
fn main() {
    let s = String::from("5");
    if s == 5 {
        println!("five");
    }
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error[E0277]: can't compare `String` with `{integer}`
// ERR-NEXT: --> {{.*}}E0277-cant-compare-string.rs:4:10
// ERR-NEXT:  |
// ERR-NEXT:4 |     if s == 5 {
// ERR-NEXT:  |          ^^ no implementation for `String == {integer}`
// ERR-NEXT:  |
// ERR-NEXT:  = help: the trait `PartialEq<{integer}>` is not implemented for `String`
// ERR-NEXT:  = help: the following other types implement trait `PartialEq<Rhs>`:
// ERR-NEXT:            `String` implements `PartialEq<&str>`
// ERR-NEXT:            `String` implements `PartialEq<ByteStr>`
// ERR-NEXT:            `String` implements `PartialEq<ByteString>`
// ERR-NEXT:            `String` implements `PartialEq<Cow<'_, str>>`
// ERR-NEXT:            `String` implements `PartialEq<Path>`
// ERR-NEXT:            `String` implements `PartialEq<PathBuf>`
// ERR-NEXT:            `String` implements `PartialEq<str>`
// ERR-NEXT:            `String` implements `PartialEq`
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0277`.
