// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// mir-golden: add mix
// Debug builds check + - * for overflow; the assert points at the start of
// the binary expression.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn mix(a: u8, b: u8) -> u8 {
    a * 2 - b
}

fn main() {
    println!("{}", add(1, 2) + mix(3, 4) as i32);
}

// MIR-LABEL: fn add(_1: i32, _2: i32) -> i32 {
// MIR-NEXT: let mut _0: i32;
// MIR-NEXT: let mut _3: (i32, bool);
// MIR-NEXT: debug a => _1;
// MIR-NEXT: debug b => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = AddWithOverflow(copy _1, copy _2);
// MIR-NEXT: assert(!move (_3.1: bool), "attempt to add with overflow") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: _0 = move (_3.0: i32);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
// MIR-LABEL: fn mix(_1: u8, _2: u8) -> u8 {
// MIR-NEXT: let mut _0: u8;
// MIR-NEXT: let mut _3: u8;
// MIR-NEXT: let mut _4: (u8, bool);
// MIR-NEXT: let mut _5: (u8, bool);
// MIR-NEXT: debug a => _1;
// MIR-NEXT: debug b => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = MulWithOverflow(copy _1, const 2_u8);
// MIR-NEXT: assert(!move (_4.1: bool), "attempt to multiply with overflow") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: _3 = move (_4.0: u8);
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = SubWithOverflow(copy _3, copy _2);
// MIR-NEXT: assert(!move (_5.1: bool), "attempt to subtract with overflow") -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: _0 = move (_5.0: u8);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
