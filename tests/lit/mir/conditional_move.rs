// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// mir-golden: main
// A value moved on some paths only gets a drop flag: set when it is
// initialised, cleared when it is moved, tested at the end of its scope.
fn pick() -> bool {
    false
}

fn consume(s: String) {
    println!("{}", s);
}

fn main() {
    let a = String::from("a");
    let c = pick();
    if c {
        consume(a);
    }
    println!("end");
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let _1: String;
// MIR-NEXT: let _2: bool;
// MIR-NEXT: let mut _3: ();
// MIR-NEXT: let mut _4: ();
// MIR-NEXT: let mut _5: bool; // drop flag
// MIR-NEXT: debug a => _1;
// MIR-NEXT: debug c => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: _5 = const false;
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _5 = const false;
// MIR-NEXT: _1 = String::from(const "a") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: _5 = const true;
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = pick() -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: switchInt(copy _2) -> [0: bb5, otherwise: bb3];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _5 = const false;
// MIR-NEXT: _3 = consume(move _1) -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: goto -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = println!("end") -> bb6;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: switchInt(copy _5) -> [0: bb8, otherwise: bb7];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb7: {
// MIR-NEXT: drop(_1) -> bb8;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb8: {
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: _5 = const false;
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
