// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// Moving one field out of a tuple leaves the others to be dropped one by
// one at the end of the scope.
fn main() {
    let t = (String::from("x"), 5, String::from("y"));
    let a = t.0;
    println!("{} {}", a, t.1);
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let _1: (String, i32, String);
// MIR-NEXT: let mut _2: String;
// MIR-NEXT: let mut _3: String;
// MIR-NEXT: let _4: String;
// MIR-NEXT: let mut _5: &String;
// MIR-NEXT: let mut _6: &i32;
// MIR-NEXT: let mut _7: ();
// MIR-NEXT: debug t => _1;
// MIR-NEXT: debug a => _4;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = String::from(const "x") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = String::from(const "y") -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: _1 = (move _2, const 5_i32, move _3);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = move (_1.0: String);
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = &_4;
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = &(_1.1: i32);
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = println!("{} {}", copy _5, copy _6) -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: drop(_4) -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: drop((_1.2: String)) -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
