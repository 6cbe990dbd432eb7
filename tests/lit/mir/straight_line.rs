// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// Straight-line code: constants, copies, moves, tuples and a call.
fn pair(a: i32, b: i64) -> (i32, i64) {
    (a, b)
}

fn main() {
    let x = 5;
    let y = x;
    let t = pair(y, 7);
    let z = t.1;
    let _ = z;
}

// MIR-LABEL: fn pair(_1: i32, _2: i64) -> (i32, i64) {
// MIR-NEXT: let mut _0: (i32, i64);
// MIR-NEXT: debug a => _1;
// MIR-NEXT: debug b => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: _0 = (copy _1, copy _2);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let _1: i32;
// MIR-NEXT: let _2: i32;
// MIR-NEXT: let _3: (i32, i64);
// MIR-NEXT: let _4: i64;
// MIR-NEXT: debug x => _1;
// MIR-NEXT: debug y => _2;
// MIR-NEXT: debug t => _3;
// MIR-NEXT: debug z => _4;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = const 5_i32;
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = copy _1;
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = pair(copy _2, const 7_i64) -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = copy (_3.1: i64);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
