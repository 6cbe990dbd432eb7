// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// assert! branches on its condition; the failing side calls the macro's
// panic, which never returns. assert_eq! compares through two references.
fn main() {
    let x = 2;
    assert!(x == 2);
    assert!(x > 0, "x was {}", x);
    assert_eq!(x + 1, 3);
    assert_ne!(x, 5, "math is {}", "hard");
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let _1: i32;
// MIR-NEXT: let mut _2: bool;
// MIR-NEXT: let mut _3: !;
// MIR-NEXT: let mut _4: bool;
// MIR-NEXT: let mut _5: &i32;
// MIR-NEXT: let mut _6: !;
// MIR-NEXT: let mut _7: i32;
// MIR-NEXT: let mut _8: (i32, bool);
// MIR-NEXT: let mut _9: &i32;
// MIR-NEXT: let mut _10: i32;
// MIR-NEXT: let mut _11: &i32;
// MIR-NEXT: let mut _12: bool;
// MIR-NEXT: let mut _13: !;
// MIR-NEXT: let mut _14: &i32;
// MIR-NEXT: let mut _15: i32;
// MIR-NEXT: let mut _16: &i32;
// MIR-NEXT: let mut _17: bool;
// MIR-NEXT: let mut _18: &str;
// MIR-NEXT: let mut _19: &&str;
// MIR-NEXT: let mut _20: !;
// MIR-NEXT: debug x => _1;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = const 2_i32;
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = Eq(copy _1, const 2_i32);
// MIR-NEXT: switchInt(move _2) -> [0: bb9, otherwise: bb1];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = Gt(copy _1, const 0_i32);
// MIR-NEXT: switchInt(move _4) -> [0: bb8, otherwise: bb2];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = AddWithOverflow(copy _1, const 1_i32);
// MIR-NEXT: assert(!move (_8.1: bool), "attempt to add with overflow") -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: _7 = move (_8.0: i32);
// MIR-NEXT: StorageLive(_9);
// MIR-NEXT: _9 = &_7;
// MIR-NEXT: StorageLive(_10);
// MIR-NEXT: _10 = const 3_i32;
// MIR-NEXT: StorageLive(_11);
// MIR-NEXT: _11 = &_10;
// MIR-NEXT: StorageLive(_12);
// MIR-NEXT: _12 = Eq(copy (*_9), copy (*_11));
// MIR-NEXT: switchInt(move _12) -> [0: bb7, otherwise: bb4];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: StorageDead(_12);
// MIR-NEXT: StorageDead(_11);
// MIR-NEXT: StorageDead(_10);
// MIR-NEXT: StorageDead(_9);
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageLive(_14);
// MIR-NEXT: _14 = &_1;
// MIR-NEXT: StorageLive(_15);
// MIR-NEXT: _15 = const 5_i32;
// MIR-NEXT: StorageLive(_16);
// MIR-NEXT: _16 = &_15;
// MIR-NEXT: StorageLive(_17);
// MIR-NEXT: _17 = Eq(copy (*_14), copy (*_16));
// MIR-NEXT: switchInt(move _17) -> [0: bb6, otherwise: bb5];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageLive(_18);
// MIR-NEXT: _18 = const "hard";
// MIR-NEXT: StorageLive(_19);
// MIR-NEXT: _19 = &_18;
// MIR-NEXT: _20 = assert_ne!("math is hard", copy _14, copy _16, copy _19);
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: StorageDead(_17);
// MIR-NEXT: StorageDead(_16);
// MIR-NEXT: StorageDead(_15);
// MIR-NEXT: StorageDead(_14);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb7: {
// MIR-NEXT: _13 = assert_eq!(copy _9, copy _11);
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb8: {
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = &_1;
// MIR-NEXT: _6 = panic!("x was {}", copy _5);
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb9: {
// MIR-NEXT: _3 = assert!("assertion failed: x == 2");
// MIR-NEXT: }
// MIR-NEXT: }
