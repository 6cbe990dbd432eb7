// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// A const is inlined where it is used; a static is read through its address.
const LIMIT: u32 = 10;
static GREETING: &str = "hello";
static TABLE: [u8; 3] = [1, 2, 3];

fn main() {
    let n = LIMIT + 1;
    let i = 2;
    println!("{} {} {}", n, GREETING, TABLE[i]);
}

// MIR: static GREETING: &str = const "hello";
// MIR: static TABLE: [u8; 3] = const [1_u8, 2_u8, 3_u8];
// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let _1: u32;
// MIR-NEXT: let mut _2: (u32, bool);
// MIR-NEXT: let _3: usize;
// MIR-NEXT: let mut _4: &u32;
// MIR-NEXT: let mut _5: &&str;
// MIR-NEXT: let mut _6: &&str;
// MIR-NEXT: let mut _7: &[u8; 3];
// MIR-NEXT: let mut _8: usize;
// MIR-NEXT: let mut _9: bool;
// MIR-NEXT: let mut _10: &u8;
// MIR-NEXT: let mut _11: ();
// MIR-NEXT: debug n => _1;
// MIR-NEXT: debug i => _3;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = AddWithOverflow(const 10_u32, const 1_u32);
// MIR-NEXT: assert(!move (_2.1: bool), "attempt to add with overflow") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: _1 = move (_2.0: u32);
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = const 2_usize;
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = &_1;
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = const {&GREETING};
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = &(*_5);
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = const {&TABLE};
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = copy _3;
// MIR-NEXT: StorageLive(_9);
// MIR-NEXT: _9 = Lt(copy _8, const 3_usize);
// MIR-NEXT: assert(move _9, "index out of bounds: the len is {} but the index is {}", const 3_usize, copy _8) -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageLive(_10);
// MIR-NEXT: _10 = &(*_7)[_8];
// MIR-NEXT: StorageLive(_11);
// MIR-NEXT: _11 = println!("{} {} {}", copy _4, copy _6, copy _10) -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageDead(_11);
// MIR-NEXT: StorageDead(_10);
// MIR-NEXT: StorageDead(_9);
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
