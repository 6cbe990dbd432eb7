// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// mir-golden: shl shr
// Shifts check their amount against the bit width; a signed amount is
// compared as unsigned, so a negative one fails too.
fn shl(a: i32, s: u32) -> i32 {
    a << s
}

fn shr(a: u8, s: i32) -> u8 {
    a >> s
}

fn main() {
    println!("{} {} {}", shl(1, 3), shr(128, 2), 1u64 << 63);
}

// MIR-LABEL: fn shl(_1: i32, _2: u32) -> i32 {
// MIR-NEXT: let mut _0: i32;
// MIR-NEXT: let mut _3: bool;
// MIR-NEXT: debug a => _1;
// MIR-NEXT: debug s => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = Lt(copy _2, const 32_u32);
// MIR-NEXT: assert(move _3, "attempt to shift left with overflow") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: _0 = Shl(copy _1, copy _2);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
// MIR-LABEL: fn shr(_1: u8, _2: i32) -> u8 {
// MIR-NEXT: let mut _0: u8;
// MIR-NEXT: let mut _3: u32;
// MIR-NEXT: let mut _4: bool;
// MIR-NEXT: debug a => _1;
// MIR-NEXT: debug s => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = copy _2 as u32;
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = Lt(move _3, const 8_u32);
// MIR-NEXT: assert(move _4, "attempt to shift right with overflow") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: _0 = Shr(copy _1, copy _2);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
