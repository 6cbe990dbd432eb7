// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// for over a..b is a counter loop: the counter advances before the body.
fn main() {
    let mut total = 0;
    for i in 0..5 {
        total += i;
    }
    println!("{}", total);
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let mut _1: i32;
// MIR-NEXT: let mut _2: i32;
// MIR-NEXT: let mut _3: i32;
// MIR-NEXT: let mut _4: bool;
// MIR-NEXT: let _5: i32;
// MIR-NEXT: let mut _6: (i32, bool);
// MIR-NEXT: let mut _7: &i32;
// MIR-NEXT: let mut _8: ();
// MIR-NEXT: debug total => _1;
// MIR-NEXT: debug i => _5;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = const 0_i32;
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = const 0_i32;
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = const 5_i32;
// MIR-NEXT: goto -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = Lt(copy _2, copy _3);
// MIR-NEXT: switchInt(move _4) -> [0: bb4, otherwise: bb2];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = copy _2;
// MIR-NEXT: _2 = Add(copy _2, const 1_i32);
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = AddWithOverflow(copy _1, copy _5);
// MIR-NEXT: assert(!move (_6.1: bool), "attempt to add with overflow") -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: _1 = move (_6.0: i32);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: goto -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = &_1;
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = println!("{}", copy _7) -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
