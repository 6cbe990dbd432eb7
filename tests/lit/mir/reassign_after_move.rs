// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// Assigning over a droppable value drops the old value first, unless it was
// moved out: then the assignment just reinitialises.
fn main() {
    let mut s = String::from("one");
    s = String::from("two");
    let t = s;
    s = String::from("three");
    println!("{} {}", s, t);
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let mut _1: String;
// MIR-NEXT: let mut _2: String;
// MIR-NEXT: let _3: String;
// MIR-NEXT: let mut _4: String;
// MIR-NEXT: let mut _5: &String;
// MIR-NEXT: let mut _6: &String;
// MIR-NEXT: let mut _7: ();
// MIR-NEXT: debug s => _1;
// MIR-NEXT: debug t => _3;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = String::from(const "one") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = String::from(const "two") -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: drop(_1) -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: _1 = move _2;
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = move _1;
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = String::from(const "three") -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: _1 = move _4;
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = &_1;
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = &_3;
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = println!("{} {}", copy _5, copy _6) -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: drop(_3) -> bb6;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: drop(_1) -> bb7;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb7: {
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
