// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// Labeled break and continue leave the scopes between them and their loop.
fn main() {
    let mut count = 0;
    'outer: for i in 0..10 {
        for j in 0..10 {
            if j > i {
                continue 'outer;
            }
            if i + j > 12 {
                break 'outer;
            }
            count += 1;
        }
    }
    println!("{}", count);
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let mut _1: i32;
// MIR-NEXT: let mut _2: i32;
// MIR-NEXT: let mut _3: i32;
// MIR-NEXT: let mut _4: bool;
// MIR-NEXT: let _5: i32;
// MIR-NEXT: let mut _6: i32;
// MIR-NEXT: let mut _7: i32;
// MIR-NEXT: let mut _8: bool;
// MIR-NEXT: let _9: i32;
// MIR-NEXT: let mut _10: bool;
// MIR-NEXT: let mut _11: bool;
// MIR-NEXT: let mut _12: i32;
// MIR-NEXT: let mut _13: (i32, bool);
// MIR-NEXT: let mut _14: (i32, bool);
// MIR-NEXT: let mut _15: &i32;
// MIR-NEXT: let mut _16: ();
// MIR-NEXT: debug count => _1;
// MIR-NEXT: debug i => _5;
// MIR-NEXT: debug j => _9;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = const 0_i32;
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = const 0_i32;
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = const 10_i32;
// MIR-NEXT: goto -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = Lt(copy _2, copy _3);
// MIR-NEXT: switchInt(move _4) -> [0: bb12, otherwise: bb2];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = copy _2;
// MIR-NEXT: _2 = Add(copy _2, const 1_i32);
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = const 0_i32;
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = const 10_i32;
// MIR-NEXT: goto -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = Lt(copy _6, copy _7);
// MIR-NEXT: switchInt(move _8) -> [0: bb11, otherwise: bb4];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: StorageLive(_9);
// MIR-NEXT: _9 = copy _6;
// MIR-NEXT: _6 = Add(copy _6, const 1_i32);
// MIR-NEXT: StorageLive(_10);
// MIR-NEXT: _10 = Gt(copy _9, copy _5);
// MIR-NEXT: switchInt(move _10) -> [0: bb6, otherwise: bb5];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_10);
// MIR-NEXT: StorageDead(_9);
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: goto -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: StorageDead(_10);
// MIR-NEXT: StorageLive(_11);
// MIR-NEXT: StorageLive(_12);
// MIR-NEXT: StorageLive(_13);
// MIR-NEXT: _13 = AddWithOverflow(copy _5, copy _9);
// MIR-NEXT: assert(!move (_13.1: bool), "attempt to add with overflow") -> bb7;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb7: {
// MIR-NEXT: _12 = move (_13.0: i32);
// MIR-NEXT: _11 = Gt(move _12, const 12_i32);
// MIR-NEXT: StorageDead(_13);
// MIR-NEXT: StorageDead(_12);
// MIR-NEXT: switchInt(move _11) -> [0: bb9, otherwise: bb8];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb8: {
// MIR-NEXT: StorageDead(_11);
// MIR-NEXT: StorageDead(_9);
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: goto -> bb13;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb9: {
// MIR-NEXT: StorageDead(_11);
// MIR-NEXT: StorageLive(_14);
// MIR-NEXT: _14 = AddWithOverflow(copy _1, const 1_i32);
// MIR-NEXT: assert(!move (_14.1: bool), "attempt to add with overflow") -> bb10;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb10: {
// MIR-NEXT: _1 = move (_14.0: i32);
// MIR-NEXT: StorageDead(_14);
// MIR-NEXT: StorageDead(_9);
// MIR-NEXT: goto -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb11: {
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: goto -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb12: {
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: goto -> bb13;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb13: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageLive(_15);
// MIR-NEXT: _15 = &_1;
// MIR-NEXT: StorageLive(_16);
// MIR-NEXT: _16 = println!("{}", copy _15) -> bb14;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb14: {
// MIR-NEXT: StorageDead(_16);
// MIR-NEXT: StorageDead(_15);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
