//! Items: attributes (outer and inner, kept with their text), `use`
//! trees of every shape, statics (also `static mut`), consts, functions
//! with lifetime parameters, `mut` and pattern parameters.
#![allow(unused)]
use std::mem;
use std::mem::{self as m, size_of};
use std::mem::*;
static GREETING: &str = "hi";
static mut COUNTER: u32 = 0;
const LIMIT: i64 = 1_000;
#[inline]
fn first<'a, 'b>(s: &'a str, _t: &'b str) -> &'a str {
    s
}
fn sum(mut n: i32, (a, b): (i32, i32)) -> i32 {
    n += a + b;
    n
}
fn main() {
    fn inner() -> u8 { 1 }
    println!("{} {} {} {}", first(GREETING, "x"), sum(1, (2, 3)), LIMIT, inner());
}

// RUN: %owl check --dump-ast %s | FileCheck %s --check-prefix=AST --match-full-lines --strict-whitespace
// AST:attr allow `#![allow(unused)]` 4:1
// AST-NEXT:use 5:1
// AST-NEXT:  tree std::mem as mem 5:5
// AST-NEXT:use 6:1
// AST-NEXT:  tree std::mem as m 6:16
// AST-NEXT:  tree std::mem::size_of as size_of 6:27
// AST-NEXT:use 7:1
// AST-NEXT:  tree std::mem::* 7:5
// AST-NEXT:static GREETING 8:1: &str
// AST-NEXT:  type `&str` 8:18: &str
// AST-NEXT:  str "hi" 8:25: &str
// AST-NEXT:static mut COUNTER 9:1: u32
// AST-NEXT:  type `u32` 9:21: u32
// AST-NEXT:  int 0 9:27: u32
// AST-NEXT:const LIMIT 10:1: i64
// AST-NEXT:  type `i64` 10:14: i64
// AST-NEXT:  int 1000 10:20: i64
// AST-NEXT:fn first<'a, 'b> 12:1
// AST-NEXT:  attr inline `#[inline]` 11:1
// AST-NEXT:  param 12:18
// AST-NEXT:    pat s 12:18: &str
// AST-NEXT:    type `&'a str` 12:21: &str
// AST-NEXT:  param 12:30
// AST-NEXT:    pat _t 12:30: &str
// AST-NEXT:    type `&'b str` 12:34: &str
// AST-NEXT:  ret `&'a str` 12:46: &str
// AST-NEXT:  body 12:54
// AST-NEXT:    tail 13:5
// AST-NEXT:      path s (local) 13:5: &str
// AST-NEXT:fn sum 15:1
// AST-NEXT:  param 15:8
// AST-NEXT:    pat mut n 15:8: i32
// AST-NEXT:    type `i32` 15:15: i32
// AST-NEXT:  param 15:20
// AST-NEXT:    pat tuple 15:20: (i32, i32)
// AST-NEXT:      pat a 15:21: i32
// AST-NEXT:      pat b 15:24: i32
// AST-NEXT:    type `(i32, i32)` 15:28: (i32, i32)
// AST-NEXT:  ret `i32` 15:43: i32
// AST-NEXT:  body 15:47
// AST-NEXT:    expr; 16:5
// AST-NEXT:      assign += 16:5: ()
// AST-NEXT:        path n (local) 16:5: i32
// AST-NEXT:        binary + 16:10: i32
// AST-NEXT:          path a (local) 16:10: i32
// AST-NEXT:          path b (local) 16:14: i32
// AST-NEXT:    tail 17:5
// AST-NEXT:      path n (local) 17:5: i32
// AST-NEXT:fn main 19:1
// AST-NEXT:  body 19:11
// AST-NEXT:    item 20:5
// AST-NEXT:      fn inner 20:5
// AST-NEXT:        ret `u8` 20:19: u8
// AST-NEXT:        body 20:22
// AST-NEXT:          tail 20:24
// AST-NEXT:            int 1 20:24: u8
// AST-NEXT:    expr; 21:5
// AST-NEXT:      macro println! 21:5: ()
// AST-NEXT:        str "{} {} {} {}" 21:14: &str
// AST-NEXT:        call 21:29: &str
// AST-NEXT:          path first (fn) 21:29: ()
// AST-NEXT:          path GREETING (static) 21:35: &str
// AST-NEXT:          str "x" 21:45: &str
// AST-NEXT:        call 21:51: i32
// AST-NEXT:          path sum (fn) 21:51: ()
// AST-NEXT:          int 1 21:55: i32
// AST-NEXT:          tuple 21:58: (i32, i32)
// AST-NEXT:            int 2 21:59: i32
// AST-NEXT:            int 3 21:62: i32
// AST-NEXT:        path LIMIT (const) 21:67: i64
// AST-NEXT:        call 21:74: u8
// AST-NEXT:          path inner (fn) 21:74: ()
