// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// while: the condition is evaluated in the loop head, the body is a scope
// of its own.
fn main() {
    let mut i = 0;
    let mut sum = 0;
    while i < 10 {
        sum += i;
        i += 1;
    }
    println!("{}", sum);
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let mut _1: i32;
// MIR-NEXT: let mut _2: i32;
// MIR-NEXT: let mut _3: bool;
// MIR-NEXT: let mut _4: (i32, bool);
// MIR-NEXT: let mut _5: (i32, bool);
// MIR-NEXT: let mut _6: &i32;
// MIR-NEXT: let mut _7: ();
// MIR-NEXT: debug i => _1;
// MIR-NEXT: debug sum => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = const 0_i32;
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = const 0_i32;
// MIR-NEXT: goto -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = Lt(copy _1, const 10_i32);
// MIR-NEXT: switchInt(move _3) -> [0: bb5, otherwise: bb2];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = AddWithOverflow(copy _2, copy _1);
// MIR-NEXT: assert(!move (_4.1: bool), "attempt to add with overflow") -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: _2 = move (_4.0: i32);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = AddWithOverflow(copy _1, const 1_i32);
// MIR-NEXT: assert(!move (_5.1: bool), "attempt to add with overflow") -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: _1 = move (_5.0: i32);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: goto -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = &_2;
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = println!("{}", copy _6) -> bb6;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
