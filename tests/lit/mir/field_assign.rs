// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// Assigning a tuple field drops the old field value first; after one field
// was moved out, assigning it again just reinitialises it.
fn main() {
    let mut t = (String::from("a"), String::from("b"));
    t.1 = String::from("c");
    let a = t.0;
    t.0 = String::from("d");
    println!("{} {} {}", a, t.0, t.1);
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let mut _1: (String, String);
// MIR-NEXT: let mut _2: String;
// MIR-NEXT: let mut _3: String;
// MIR-NEXT: let mut _4: String;
// MIR-NEXT: let _5: String;
// MIR-NEXT: let mut _6: String;
// MIR-NEXT: let mut _7: &String;
// MIR-NEXT: let mut _8: &String;
// MIR-NEXT: let mut _9: &String;
// MIR-NEXT: let mut _10: ();
// MIR-NEXT: debug t => _1;
// MIR-NEXT: debug a => _5;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = String::from(const "a") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = String::from(const "b") -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: _1 = (move _2, move _3);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = String::from(const "c") -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: drop((_1.1: String)) -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: (_1.1: String) = move _4;
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = move (_1.0: String);
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = String::from(const "d") -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: (_1.0: String) = move _6;
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = &_5;
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = &(_1.0: String);
// MIR-NEXT: StorageLive(_9);
// MIR-NEXT: _9 = &(_1.1: String);
// MIR-NEXT: StorageLive(_10);
// MIR-NEXT: _10 = println!("{} {} {}", copy _7, copy _8, copy _9) -> bb6;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: StorageDead(_10);
// MIR-NEXT: StorageDead(_9);
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: drop(_5) -> bb7;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb7: {
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: drop(_1) -> bb8;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb8: {
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
