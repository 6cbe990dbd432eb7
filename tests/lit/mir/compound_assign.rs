// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// Compound assignment: the right side first, then the place, then the same
// checks as the operator.
fn main() {
    let mut x = 1i32;
    x += 2;
    x *= 3;
    x /= 2;
    let mut a = [1u8; 4];
    a[x as usize] -= 1;
    println!("{} {:?}", x, a);
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let mut _1: i32;
// MIR-NEXT: let mut _2: (i32, bool);
// MIR-NEXT: let mut _3: (i32, bool);
// MIR-NEXT: let mut _4: [u8; 4];
// MIR-NEXT: let mut _5: usize;
// MIR-NEXT: let mut _6: bool;
// MIR-NEXT: let mut _7: (u8, bool);
// MIR-NEXT: let mut _8: &i32;
// MIR-NEXT: let mut _9: &[u8; 4];
// MIR-NEXT: let mut _10: ();
// MIR-NEXT: debug x => _1;
// MIR-NEXT: debug a => _4;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = const 1_i32;
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = AddWithOverflow(copy _1, const 2_i32);
// MIR-NEXT: assert(!move (_2.1: bool), "attempt to add with overflow") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: _1 = move (_2.0: i32);
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = MulWithOverflow(copy _1, const 3_i32);
// MIR-NEXT: assert(!move (_3.1: bool), "attempt to multiply with overflow") -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: _1 = move (_3.0: i32);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: _1 = Div(copy _1, const 2_i32);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = [const 1_u8; 4];
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = copy _1 as usize;
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = Lt(copy _5, const 4_usize);
// MIR-NEXT: assert(move _6, "index out of bounds: the len is {} but the index is {}", const 4_usize, copy _5) -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = SubWithOverflow(copy _4[_5], const 1_u8);
// MIR-NEXT: assert(!move (_7.1: bool), "attempt to subtract with overflow") -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: _4[_5] = move (_7.0: u8);
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = &_1;
// MIR-NEXT: StorageLive(_9);
// MIR-NEXT: _9 = &_4;
// MIR-NEXT: StorageLive(_10);
// MIR-NEXT: _10 = println!("{} {:?}", copy _8, copy _9) -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_10);
// MIR-NEXT: StorageDead(_9);
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
