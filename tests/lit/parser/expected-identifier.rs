// A keyword where a name belongs.
fn main() {
    let fn = 5;
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: expected identifier, found keyword `fn`
// ERR-NEXT: --> {{.*}}expected-identifier.rs:3:9
// ERR-NEXT:  |
// ERR-NEXT:3 |     let fn = 5;
// ERR-NEXT:  |         ^^ expected identifier, found keyword
// ERR-NEXT:  |
// ERR-NEXT:help: escape `fn` to use it as an identifier
// ERR-NEXT:  |
// ERR-NEXT:3 |     let r#fn = 5;
// ERR-NEXT:  |         ++
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
