// rustc's unused_parens warnings (an early lint, shown even with errors).
fn f(x: i32) -> i32 {
    return (x + 1);
}
fn main() {
    let a = (5);
    let b = (a * 2);
    if (b > 3) {
        println!("{}", a);
    }
    while (a < 0) {}
    let mut c = 0;
    c = (a + 1);
    let arr = [1, 2];
    let d = arr[(0)];
    let e = f((a));
    let g = (a, b);
    let h = ((a));
    let i = (-a);
    let j = (a as i64);
    let k = ("s");
    let l = (arr[0]);
    let m = (f(1));
    let n = {(a + 1)};
    let o = (a + 1) * 2;
    let p = (if a > 0 { 1 } else { 2 });
    let q = (&a);
    println!("{} {} {} {}", (a), c, d, e);
    let z: i32 = "error";
}

// RUN: sh -c '%owl check %s 2> %t.err; test $? -eq 1'
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines --strict-whitespace < %t.err
// ERR:warning: unnecessary parentheses around `return` value
// ERR-NEXT: --> {{.*}}lint-unused-parens.rs:3:12
// ERR-NEXT:  |
// ERR-NEXT:3 |     return (x + 1);
// ERR-NEXT:  |            ^     ^
// ERR-NEXT:  |
// ERR-NEXT:  = note: `#[warn(unused_parens)]` (part of `#[warn(unused)]`) on by default
// ERR-NEXT:help: remove these parentheses
// ERR-NEXT:  |
// ERR-NEXT:3 -     return (x + 1);
// ERR-NEXT:3 +     return x + 1;
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:warning: unnecessary parentheses around assigned value
// ERR-NEXT: --> {{.*}}lint-unused-parens.rs:6:13
// ERR-NEXT:  |
// ERR-NEXT:6 |     let a = (5);
// ERR-NEXT:  |             ^ ^
// ERR-NEXT:  |
// ERR-NEXT:help: remove these parentheses
// ERR-NEXT:  |
// ERR-NEXT:6 -     let a = (5);
// ERR-NEXT:6 +     let a = 5;
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:warning: unnecessary parentheses around assigned value
// ERR-NEXT: --> {{.*}}lint-unused-parens.rs:7:13
// ERR-NEXT:  |
// ERR-NEXT:7 |     let b = (a * 2);
// ERR-NEXT:  |             ^     ^
// ERR-NEXT:  |
// ERR-NEXT:help: remove these parentheses
// ERR-NEXT:  |
// ERR-NEXT:7 -     let b = (a * 2);
// ERR-NEXT:7 +     let b = a * 2;
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:warning: unnecessary parentheses around `if` condition
// ERR-NEXT: --> {{.*}}lint-unused-parens.rs:8:8
// ERR-NEXT:  |
// ERR-NEXT:8 |     if (b > 3) {
// ERR-NEXT:  |        ^     ^
// ERR-NEXT:  |
// ERR-NEXT:help: remove these parentheses
// ERR-NEXT:  |
// ERR-NEXT:8 -     if (b > 3) {
// ERR-NEXT:8 +     if b > 3 {
// ERR-NEXT:  |
// ERR-EMPTY:
// ERR-NEXT:warning: unnecessary parentheses around `while` condition
// ERR-NEXT:  --> {{.*}}lint-unused-parens.rs:11:11
// ERR-NEXT:   |
// ERR-NEXT:11 |     while (a < 0) {}
// ERR-NEXT:   |           ^     ^
// ERR-NEXT:   |
// ERR-NEXT:help: remove these parentheses
// ERR-NEXT:   |
// ERR-NEXT:11 -     while (a < 0) {}
// ERR-NEXT:11 +     while a < 0 {}
// ERR-NEXT:   |
// ERR-EMPTY:
// ERR-NEXT:warning: unnecessary parentheses around assigned value
// ERR-NEXT:  --> {{.*}}lint-unused-parens.rs:13:9
// ERR-NEXT:   |
// ERR-NEXT:13 |     c = (a + 1);
// ERR-NEXT:   |         ^     ^
// ERR-NEXT:   |
// ERR-NEXT:help: remove these parentheses
// ERR-NEXT:   |
// ERR-NEXT:13 -     c = (a + 1);
// ERR-NEXT:13 +     c = a + 1;
// ERR-NEXT:   |
// ERR-EMPTY:
// ERR-NEXT:warning: unnecessary parentheses around index expression
// ERR-NEXT:  --> {{.*}}lint-unused-parens.rs:15:17
// ERR-NEXT:   |
// ERR-NEXT:15 |     let d = arr[(0)];
// ERR-NEXT:   |                 ^ ^
// ERR-NEXT:   |
// ERR-NEXT:help: remove these parentheses
// ERR-NEXT:   |
// ERR-NEXT:15 -     let d = arr[(0)];
// ERR-NEXT:15 +     let d = arr[0];
// ERR-NEXT:   |
// ERR-EMPTY:
// ERR-NEXT:warning: unnecessary parentheses around function argument
// ERR-NEXT:  --> {{.*}}lint-unused-parens.rs:16:15
// ERR-NEXT:   |
// ERR-NEXT:16 |     let e = f((a));
// ERR-NEXT:   |               ^ ^
// ERR-NEXT:   |
// ERR-NEXT:help: remove these parentheses
// ERR-NEXT:   |
// ERR-NEXT:16 -     let e = f((a));
// ERR-NEXT:16 +     let e = f(a);
// ERR-NEXT:   |
// ERR-EMPTY:
// ERR-NEXT:warning: unnecessary parentheses around assigned value
// ERR-NEXT:  --> {{.*}}lint-unused-parens.rs:18:13
// ERR-NEXT:   |
// ERR-NEXT:18 |     let h = ((a));
// ERR-NEXT:   |             ^   ^
// ERR-NEXT:   |
// ERR-NEXT:help: remove these parentheses
// ERR-NEXT:   |
// ERR-NEXT:18 -     let h = ((a));
// ERR-NEXT:18 +     let h = (a);
// ERR-NEXT:   |
// ERR-EMPTY:
// ERR-NEXT:warning: unnecessary parentheses around assigned value
// ERR-NEXT:  --> {{.*}}lint-unused-parens.rs:19:13
// ERR-NEXT:   |
// ERR-NEXT:19 |     let i = (-a);
// ERR-NEXT:   |             ^  ^
// ERR-NEXT:   |
// ERR-NEXT:help: remove these parentheses
// ERR-NEXT:   |
// ERR-NEXT:19 -     let i = (-a);
// ERR-NEXT:19 +     let i = -a;
// ERR-NEXT:   |
// ERR-EMPTY:
// ERR-NEXT:warning: unnecessary parentheses around assigned value
// ERR-NEXT:  --> {{.*}}lint-unused-parens.rs:20:13
// ERR-NEXT:   |
// ERR-NEXT:20 |     let j = (a as i64);
// ERR-NEXT:   |             ^        ^
// ERR-NEXT:   |
// ERR-NEXT:help: remove these parentheses
// ERR-NEXT:   |
// ERR-NEXT:20 -     let j = (a as i64);
// ERR-NEXT:20 +     let j = a as i64;
// ERR-NEXT:   |
// ERR-EMPTY:
// ERR-NEXT:warning: unnecessary parentheses around assigned value
// ERR-NEXT:  --> {{.*}}lint-unused-parens.rs:21:13
// ERR-NEXT:   |
// ERR-NEXT:21 |     let k = ("s");
// ERR-NEXT:   |             ^   ^
// ERR-NEXT:   |
// ERR-NEXT:help: remove these parentheses
// ERR-NEXT:   |
// ERR-NEXT:21 -     let k = ("s");
// ERR-NEXT:21 +     let k = "s";
// ERR-NEXT:   |
// ERR-EMPTY:
// ERR-NEXT:warning: unnecessary parentheses around assigned value
// ERR-NEXT:  --> {{.*}}lint-unused-parens.rs:22:13
// ERR-NEXT:   |
// ERR-NEXT:22 |     let l = (arr[0]);
// ERR-NEXT:   |             ^      ^
// ERR-NEXT:   |
// ERR-NEXT:help: remove these parentheses
// ERR-NEXT:   |
// ERR-NEXT:22 -     let l = (arr[0]);
// ERR-NEXT:22 +     let l = arr[0];
// ERR-NEXT:   |
// ERR-EMPTY:
// ERR-NEXT:warning: unnecessary parentheses around assigned value
// ERR-NEXT:  --> {{.*}}lint-unused-parens.rs:23:13
// ERR-NEXT:   |
// ERR-NEXT:23 |     let m = (f(1));
// ERR-NEXT:   |             ^    ^
// ERR-NEXT:   |
// ERR-NEXT:help: remove these parentheses
// ERR-NEXT:   |
// ERR-NEXT:23 -     let m = (f(1));
// ERR-NEXT:23 +     let m = f(1);
// ERR-NEXT:   |
// ERR-EMPTY:
// ERR-NEXT:warning: unnecessary parentheses around block return value
// ERR-NEXT:  --> {{.*}}lint-unused-parens.rs:24:14
// ERR-NEXT:   |
// ERR-NEXT:24 |     let n = {(a + 1)};
// ERR-NEXT:   |              ^     ^
// ERR-NEXT:   |
// ERR-NEXT:help: remove these parentheses
// ERR-NEXT:   |
// ERR-NEXT:24 -     let n = {(a + 1)};
// ERR-NEXT:24 +     let n = {a + 1};
// ERR-NEXT:   |
// ERR-EMPTY:
// ERR-NEXT:warning: unnecessary parentheses around assigned value
// ERR-NEXT:  --> {{.*}}lint-unused-parens.rs:26:13
// ERR-NEXT:   |
// ERR-NEXT:26 |     let p = (if a > 0 { 1 } else { 2 });
// ERR-NEXT:   |             ^                         ^
// ERR-NEXT:   |
// ERR-NEXT:help: remove these parentheses
// ERR-NEXT:   |
// ERR-NEXT:26 -     let p = (if a > 0 { 1 } else { 2 });
// ERR-NEXT:26 +     let p = if a > 0 { 1 } else { 2 };
// ERR-NEXT:   |
// ERR-EMPTY:
// ERR-NEXT:warning: unnecessary parentheses around assigned value
// ERR-NEXT:  --> {{.*}}lint-unused-parens.rs:27:13
// ERR-NEXT:   |
// ERR-NEXT:27 |     let q = (&a);
// ERR-NEXT:   |             ^  ^
// ERR-NEXT:   |
// ERR-NEXT:help: remove these parentheses
// ERR-NEXT:   |
// ERR-NEXT:27 -     let q = (&a);
// ERR-NEXT:27 +     let q = &a;
// ERR-NEXT:   |
// ERR-EMPTY:
// ERR-NEXT:error[E0308]: mismatched types
// ERR-NEXT:  --> {{.*}}lint-unused-parens.rs:29:18
// ERR-NEXT:   |
// ERR-NEXT:29 |     let z: i32 = "error";
// ERR-NEXT:   |            ---   ^^^^^^^ expected `i32`, found `&str`
// ERR-NEXT:   |            |
// ERR-NEXT:   |            expected due to this
// ERR-EMPTY:
// ERR-NEXT:error: aborting due to 1 previous error; 17 warnings emitted
// ERR-EMPTY:
// ERR-NEXT:For more information about this error, try `owl explain E0308`.
