// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// A variable declared without a value and initialised on one branch only is
// dropped through a flag; assigning it is not preceded by a drop.
fn main() {
    let flag = 3 > 2;
    let s: String;
    if flag {
        s = String::from("set");
        println!("{}", s);
    }
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let _1: bool;
// MIR-NEXT: let _2: String;
// MIR-NEXT: let mut _3: String;
// MIR-NEXT: let mut _4: &String;
// MIR-NEXT: let mut _5: ();
// MIR-NEXT: let mut _6: bool; // drop flag
// MIR-NEXT: debug flag => _1;
// MIR-NEXT: debug s => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: _6 = const false;
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = Gt(const 3_i32, const 2_i32);
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _6 = const false;
// MIR-NEXT: switchInt(copy _1) -> [0: bb4, otherwise: bb1];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = String::from(const "set") -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: _2 = move _3;
// MIR-NEXT: _6 = const true;
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = &_2;
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = println!("{}", copy _4) -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: goto -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: _0 = const ();
// MIR-NEXT: goto -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: switchInt(copy _6) -> [0: bb7, otherwise: bb6];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: drop(_2) -> bb7;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb7: {
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: _6 = const false;
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
