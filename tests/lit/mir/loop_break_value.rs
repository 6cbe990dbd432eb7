// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// `break value` writes the loop's destination, then leaves the loop.
fn main() {
    let mut n = 0u32;
    let found = loop {
        n += 1;
        if n * n > 50 {
            break n;
        }
    };
    println!("{}", found);
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let mut _1: u32;
// MIR-NEXT: let _2: u32;
// MIR-NEXT: let mut _3: (u32, bool);
// MIR-NEXT: let mut _4: bool;
// MIR-NEXT: let mut _5: u32;
// MIR-NEXT: let mut _6: (u32, bool);
// MIR-NEXT: let mut _7: &u32;
// MIR-NEXT: let mut _8: ();
// MIR-NEXT: debug n => _1;
// MIR-NEXT: debug found => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = const 0_u32;
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: goto -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = AddWithOverflow(copy _1, const 1_u32);
// MIR-NEXT: assert(!move (_3.1: bool), "attempt to add with overflow") -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: _1 = move (_3.0: u32);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = MulWithOverflow(copy _1, copy _1);
// MIR-NEXT: assert(!move (_6.1: bool), "attempt to multiply with overflow") -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: _5 = move (_6.0: u32);
// MIR-NEXT: _4 = Gt(move _5, const 50_u32);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: switchInt(move _4) -> [0: bb6, otherwise: bb4];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: _2 = copy _1;
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = &_2;
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = println!("{}", copy _7) -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: goto -> bb1;
// MIR-NEXT: }
// MIR-NEXT: }
