// Several arguments without a placeholder.
fn main() {
    println!("{}", 1, 2, 3);
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:error: multiple unused formatting arguments
// ERR-NEXT: --> {{.*}}fmt-multiple-unused.rs:3:23
// ERR-NEXT:  |
// ERR-NEXT:3 |     println!("{}", 1, 2, 3);
// ERR-NEXT:  |              ----     ^  ^ argument never used
// ERR-NEXT:  |              |        |
// ERR-NEXT:  |              |        argument never used
// ERR-NEXT:  |              multiple missing formatting specifiers
// ERR-NEXT:  |
// ERR-NEXT:  = note: consider adding 2 format specifiers
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error
