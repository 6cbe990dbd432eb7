// RUN: %owl build %s -O --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// mir-golden: f
// With -O, + - * and shifts wrap (shift amounts are masked); division by
// zero and MIN / -1 stay checked, as in rustc's release builds.
fn f(a: i32, b: i32, s: u32) -> i32 {
    (a + b) * (a - b) / b + (a << s)
}

fn main() {
    println!("{}", f(7, 2, 3));
}

// MIR-LABEL: fn f(_1: i32, _2: i32, _3: u32) -> i32 {
// MIR-NEXT: let mut _0: i32;
// MIR-NEXT: let mut _4: i32;
// MIR-NEXT: let mut _5: i32;
// MIR-NEXT: let mut _6: i32;
// MIR-NEXT: let mut _7: i32;
// MIR-NEXT: let mut _8: bool;
// MIR-NEXT: let mut _9: bool;
// MIR-NEXT: let mut _10: bool;
// MIR-NEXT: let mut _11: bool;
// MIR-NEXT: let mut _12: i32;
// MIR-NEXT: debug a => _1;
// MIR-NEXT: debug b => _2;
// MIR-NEXT: debug s => _3;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = Add(copy _1, copy _2);
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = Sub(copy _1, copy _2);
// MIR-NEXT: _5 = Mul(copy _6, copy _7);
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = Eq(copy _2, const 0_i32);
// MIR-NEXT: assert(!move _8, "attempt to divide by zero") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_9);
// MIR-NEXT: _9 = Eq(copy _2, const -1_i32);
// MIR-NEXT: StorageLive(_10);
// MIR-NEXT: _10 = Eq(copy _5, const -2147483648_i32);
// MIR-NEXT: StorageLive(_11);
// MIR-NEXT: _11 = BitAnd(move _9, move _10);
// MIR-NEXT: assert(!move _11, "attempt to divide with overflow") -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: _4 = Div(copy _5, copy _2);
// MIR-NEXT: StorageLive(_12);
// MIR-NEXT: _12 = Shl(copy _1, copy _3);
// MIR-NEXT: _0 = Add(copy _4, copy _12);
// MIR-NEXT: StorageDead(_12);
// MIR-NEXT: StorageDead(_11);
// MIR-NEXT: StorageDead(_10);
// MIR-NEXT: StorageDead(_9);
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
