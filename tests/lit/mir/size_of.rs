// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// size_of and align_of are constants from the layout.
use std::mem::{align_of, size_of};

fn main() {
    let a = size_of::<(u8, u32, u16)>();
    let b = align_of::<String>();
    println!("{} {}", a, b);
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let _1: usize;
// MIR-NEXT: let _2: usize;
// MIR-NEXT: let mut _3: &usize;
// MIR-NEXT: let mut _4: &usize;
// MIR-NEXT: let mut _5: ();
// MIR-NEXT: debug a => _1;
// MIR-NEXT: debug b => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = const 8_usize;
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = const 8_usize;
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = &_1;
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = &_2;
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = println!("{} {}", copy _3, copy _4) -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
