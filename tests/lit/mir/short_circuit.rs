// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// mir-golden: check
// && and || evaluate their right operand only when needed.
fn check(a: bool, b: i32) -> bool {
    a && b > 0 || b == -1
}

fn main() {
    println!("{}", check(true, 3));
}

// MIR-LABEL: fn check(_1: bool, _2: i32) -> bool {
// MIR-NEXT: let mut _0: bool;
// MIR-NEXT: let mut _3: bool;
// MIR-NEXT: debug a => _1;
// MIR-NEXT: debug b => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: switchInt(copy _1) -> [0: bb2, otherwise: bb1];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: _3 = Gt(copy _2, const 0_i32);
// MIR-NEXT: goto -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: _3 = const false;
// MIR-NEXT: goto -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: switchInt(move _3) -> [0: bb5, otherwise: bb4];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: _0 = const true;
// MIR-NEXT: goto -> bb6;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: _0 = Eq(copy _2, const -1_i32);
// MIR-NEXT: goto -> bb6;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
