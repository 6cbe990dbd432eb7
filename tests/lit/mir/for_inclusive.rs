// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// for over a..=b stops after yielding b without computing b + 1, so that
// 250u8..=255 terminates.
fn main() {
    for c in 250u8..=255 {
        print!("{} ", c);
    }
    println!();
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let mut _1: u8;
// MIR-NEXT: let mut _2: u8;
// MIR-NEXT: let mut _3: bool;
// MIR-NEXT: let _4: u8;
// MIR-NEXT: let mut _5: &u8;
// MIR-NEXT: let mut _6: ();
// MIR-NEXT: let mut _7: bool;
// MIR-NEXT: let mut _8: ();
// MIR-NEXT: debug c => _4;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = const 250_u8;
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = const 255_u8;
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = Le(copy _1, copy _2);
// MIR-NEXT: switchInt(move _3) -> [0: bb6, otherwise: bb1];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: goto -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = copy _1;
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = &_4;
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = print!("{} ", copy _5) -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = Eq(copy _1, copy _2);
// MIR-NEXT: switchInt(move _7) -> [0: bb5, otherwise: bb4];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: goto -> bb7;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: _1 = Add(copy _1, const 1_u8);
// MIR-NEXT: goto -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: goto -> bb7;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb7: {
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = println!("") -> bb8;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb8: {
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
