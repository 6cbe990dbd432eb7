// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// mir-golden: main
// A value moved out on every path is not dropped where it was declared.
fn take(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("moved");
    let t = s;
    let n = take(t);
    println!("{}", n);
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let _1: String;
// MIR-NEXT: let _2: String;
// MIR-NEXT: let _3: usize;
// MIR-NEXT: let mut _4: &usize;
// MIR-NEXT: let mut _5: ();
// MIR-NEXT: debug s => _1;
// MIR-NEXT: debug t => _2;
// MIR-NEXT: debug n => _3;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = String::from(const "moved") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = move _1;
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = take(move _2) -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = &_3;
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = println!("{}", copy _4) -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
