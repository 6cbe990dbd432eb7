// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// mir-golden: main
// A variable declared before a loop and moved on some iterations: its drop
// flag is cleared by the move and set again by the reassignment; the drop at
// the end of main tests it.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let mut s = String::from("s");
    let mut n = 0;
    while n < 3 {
        if n == 1 {
            n += consume(s);
            if n > 5 {
                break;
            }
            s = String::from("again");
        }
        n += 1;
    }
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let mut _1: String;
// MIR-NEXT: let mut _2: usize;
// MIR-NEXT: let mut _3: bool;
// MIR-NEXT: let mut _4: bool;
// MIR-NEXT: let mut _5: usize;
// MIR-NEXT: let mut _6: (usize, bool);
// MIR-NEXT: let mut _7: bool;
// MIR-NEXT: let mut _8: String;
// MIR-NEXT: let mut _9: (usize, bool);
// MIR-NEXT: let mut _10: bool; // drop flag
// MIR-NEXT: debug s => _1;
// MIR-NEXT: debug n => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: _10 = const false;
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _10 = const false;
// MIR-NEXT: _1 = String::from(const "s") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: _10 = const true;
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = const 0_usize;
// MIR-NEXT: goto -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = Lt(copy _2, const 3_usize);
// MIR-NEXT: switchInt(move _3) -> [0: bb13, otherwise: bb3];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = Eq(copy _2, const 1_usize);
// MIR-NEXT: switchInt(move _4) -> [0: bb10, otherwise: bb4];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _10 = const false;
// MIR-NEXT: _5 = consume(move _1) -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = AddWithOverflow(copy _2, copy _5);
// MIR-NEXT: assert(!move (_6.1: bool), "attempt to add with overflow") -> bb6;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: _2 = move (_6.0: usize);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = Gt(copy _2, const 5_usize);
// MIR-NEXT: switchInt(move _7) -> [0: bb8, otherwise: bb7];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb7: {
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: goto -> bb14;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb8: {
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = String::from(const "again") -> bb9;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb9: {
// MIR-NEXT: _1 = move _8;
// MIR-NEXT: _10 = const true;
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: goto -> bb11;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb10: {
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: goto -> bb11;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb11: {
// MIR-NEXT: StorageLive(_9);
// MIR-NEXT: _9 = AddWithOverflow(copy _2, const 1_usize);
// MIR-NEXT: assert(!move (_9.1: bool), "attempt to add with overflow") -> bb12;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb12: {
// MIR-NEXT: _2 = move (_9.0: usize);
// MIR-NEXT: StorageDead(_9);
// MIR-NEXT: goto -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb13: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: goto -> bb14;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb14: {
// MIR-NEXT: _0 = const ();
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: switchInt(copy _10) -> [0: bb16, otherwise: bb15];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb15: {
// MIR-NEXT: drop(_1) -> bb16;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb16: {
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: _10 = const false;
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
