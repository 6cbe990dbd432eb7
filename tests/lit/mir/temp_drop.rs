// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// A temporary is dropped at the end of its statement; a borrowed temporary
// in a let initializer lives to the end of the block.
fn main() {
    let n = String::from("temp").len();
    let r = &String::from("extended");
    println!("{} {}", n, r);
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let _1: usize;
// MIR-NEXT: let mut _2: &str;
// MIR-NEXT: let mut _3: &String;
// MIR-NEXT: let mut _4: String;
// MIR-NEXT: let _5: &String;
// MIR-NEXT: let mut _6: String;
// MIR-NEXT: let mut _7: &usize;
// MIR-NEXT: let mut _8: &&String;
// MIR-NEXT: let mut _9: ();
// MIR-NEXT: debug n => _1;
// MIR-NEXT: debug r => _5;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = String::from(const "temp") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: _3 = &_4;
// MIR-NEXT: _2 = move _3 as &str;
// MIR-NEXT: _1 = str::len(move _2) -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: drop(_4) -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = String::from(const "extended") -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: _5 = &_6;
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = &_1;
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = &_5;
// MIR-NEXT: StorageLive(_9);
// MIR-NEXT: _9 = println!("{} {}", copy _7, copy _8) -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_9);
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: drop(_6) -> bb6;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
