// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// A block's tail expression keeps its temporaries until the end of the
// enclosing statement (edition 2021): the block's variable is dropped first.
fn main() {
    let n = {
        let inner = String::from("inner");
        println!("{}", inner);
        String::from("tail-temp").len()
    };
    println!("{}", n);
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let _1: usize;
// MIR-NEXT: let _2: String;
// MIR-NEXT: let mut _3: &String;
// MIR-NEXT: let mut _4: ();
// MIR-NEXT: let mut _5: &str;
// MIR-NEXT: let mut _6: &String;
// MIR-NEXT: let mut _7: String;
// MIR-NEXT: let mut _8: &usize;
// MIR-NEXT: let mut _9: ();
// MIR-NEXT: debug n => _1;
// MIR-NEXT: debug inner => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = String::from(const "inner") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = &_2;
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = println!("{}", copy _3) -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = String::from(const "tail-temp") -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: _6 = &_7;
// MIR-NEXT: _5 = move _6 as &str;
// MIR-NEXT: _1 = str::len(move _5) -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: drop(_2) -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: drop(_7) -> bb6;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = &_1;
// MIR-NEXT: StorageLive(_9);
// MIR-NEXT: _9 = println!("{}", copy _8) -> bb7;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb7: {
// MIR-NEXT: StorageDead(_9);
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
