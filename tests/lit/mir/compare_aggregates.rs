// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// mir-golden: eq lt
// == and < on tuples and arrays compare element by element; Strings with
// str::eq / str::cmp.
fn eq(a: (i32, String), b: (i32, String)) -> bool {
    a == b
}

fn lt(a: [u8; 3], b: [u8; 3]) -> bool {
    a < b
}

fn main() {
    let x = (1, String::from("a"));
    let y = (1, String::from("b"));
    println!("{} {}", eq(x, y), lt([1, 2, 3], [1, 2, 4]));
}

// MIR-LABEL: fn eq(_1: (i32, String), _2: (i32, String)) -> bool {
// MIR-NEXT: let mut _0: bool;
// MIR-NEXT: let mut _3: bool;
// MIR-NEXT: let mut _4: bool;
// MIR-NEXT: let mut _5: &String;
// MIR-NEXT: let mut _6: &str;
// MIR-NEXT: let mut _7: &String;
// MIR-NEXT: let mut _8: &str;
// MIR-NEXT: let mut _9: bool;
// MIR-NEXT: debug a => _1;
// MIR-NEXT: debug b => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = Eq(copy (_1.0: i32), copy (_2.0: i32));
// MIR-NEXT: switchInt(move _4) -> [0: bb3, otherwise: bb1];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = &(_1.1: String);
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = move _5 as &str;
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = &(_2.1: String);
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = move _7 as &str;
// MIR-NEXT: StorageLive(_9);
// MIR-NEXT: _9 = str::eq(move _6, move _8) -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: _3 = move _9;
// MIR-NEXT: goto -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: _3 = const false;
// MIR-NEXT: goto -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: _0 = move _3;
// MIR-NEXT: StorageDead(_9);
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: drop(_2) -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: drop(_1) -> bb6;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
// MIR-LABEL: fn lt(_1: [u8; 3], _2: [u8; 3]) -> bool {
// MIR-NEXT: let mut _0: bool;
// MIR-NEXT: let mut _3: bool;
// MIR-NEXT: let mut _4: usize;
// MIR-NEXT: let mut _5: bool;
// MIR-NEXT: let mut _6: bool;
// MIR-NEXT: let mut _7: bool;
// MIR-NEXT: let mut _8: bool;
// MIR-NEXT: debug a => _1;
// MIR-NEXT: debug b => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = const 0_usize;
// MIR-NEXT: goto -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = Lt(copy _4, const 3_usize);
// MIR-NEXT: switchInt(move _5) -> [0: bb5, otherwise: bb2];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = Eq(copy _1[_4], copy _2[_4]);
// MIR-NEXT: _6 = move _7;
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: switchInt(move _6) -> [0: bb4, otherwise: bb3];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: _4 = Add(copy _4, const 1_usize);
// MIR-NEXT: goto -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = Lt(copy _1[_4], copy _2[_4]);
// MIR-NEXT: _3 = move _8;
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: goto -> bb6;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: _3 = const false;
// MIR-NEXT: goto -> bb6;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: _0 = move _3;
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
