// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// mir-golden: div rem half
// Division and remainder check the divisor for zero, and signed types also
// check MIN / -1; a constant divisor needs neither check.
fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn rem(a: u64, b: u64) -> u64 {
    a % b
}

fn half(a: i32) -> i32 {
    a / 2
}

fn main() {
    println!("{} {} {}", div(7, 2), rem(7, 2), half(9));
}

// MIR-LABEL: fn div(_1: i32, _2: i32) -> i32 {
// MIR-NEXT: let mut _0: i32;
// MIR-NEXT: let mut _3: bool;
// MIR-NEXT: let mut _4: bool;
// MIR-NEXT: let mut _5: bool;
// MIR-NEXT: let mut _6: bool;
// MIR-NEXT: debug a => _1;
// MIR-NEXT: debug b => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = Eq(copy _2, const 0_i32);
// MIR-NEXT: assert(!move _3, "attempt to divide by zero") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = Eq(copy _2, const -1_i32);
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = Eq(copy _1, const -2147483648_i32);
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = BitAnd(move _4, move _5);
// MIR-NEXT: assert(!move _6, "attempt to divide with overflow") -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: _0 = Div(copy _1, copy _2);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
// MIR-LABEL: fn rem(_1: u64, _2: u64) -> u64 {
// MIR-NEXT: let mut _0: u64;
// MIR-NEXT: let mut _3: bool;
// MIR-NEXT: debug a => _1;
// MIR-NEXT: debug b => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = Eq(copy _2, const 0_u64);
// MIR-NEXT: assert(!move _3, "attempt to calculate the remainder with a divisor of zero") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: _0 = Rem(copy _1, copy _2);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
// MIR-LABEL: fn half(_1: i32) -> i32 {
// MIR-NEXT: let mut _0: i32;
// MIR-NEXT: debug a => _1;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: _0 = Div(copy _1, const 2_i32);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
