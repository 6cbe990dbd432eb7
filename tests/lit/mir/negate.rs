// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// Negating a signed integer checks for MIN (the assert points at the `-`);
// a negative literal is a constant; floats negate without a check.
fn neg(x: i32) -> i32 {
    -x
}

fn fneg(x: f64) -> f64 {
    -x
}

fn main() {
    let m = -5;
    println!("{} {} {}", neg(m), fneg(1.5), -128i8);
}

// MIR-LABEL: fn neg(_1: i32) -> i32 {
// MIR-NEXT: let mut _0: i32;
// MIR-NEXT: let mut _2: bool;
// MIR-NEXT: debug x => _1;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = Eq(copy _1, const -2147483648_i32);
// MIR-NEXT: assert(!move _2, "attempt to negate with overflow") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: _0 = Neg(copy _1);
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
// MIR-LABEL: fn fneg(_1: f64) -> f64 {
// MIR-NEXT: let mut _0: f64;
// MIR-NEXT: debug x => _1;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: _0 = Neg(copy _1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let _1: i32;
// MIR-NEXT: let mut _2: i32;
// MIR-NEXT: let mut _3: &i32;
// MIR-NEXT: let mut _4: f64;
// MIR-NEXT: let mut _5: &f64;
// MIR-NEXT: let mut _6: i8;
// MIR-NEXT: let mut _7: &i8;
// MIR-NEXT: let mut _8: ();
// MIR-NEXT: debug m => _1;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = const -5_i32;
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = neg(copy _1) -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = &_2;
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = fneg(const 1.5f64) -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = &_4;
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = const -128_i8;
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = &_6;
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = println!("{} {} {}", copy _3, copy _5, copy _7) -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
