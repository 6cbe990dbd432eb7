// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// Shadowing makes a new local; the shadowed String lives to the end of the
// scope and is dropped after the one that shadows it.
fn main() {
    let x = 5;
    let x = x * 2;
    let s = String::from("first");
    let s = String::from("second");
    println!("{} {}", x, s);
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let _1: i32;
// MIR-NEXT: let _2: i32;
// MIR-NEXT: let mut _3: (i32, bool);
// MIR-NEXT: let _4: String;
// MIR-NEXT: let _5: String;
// MIR-NEXT: let mut _6: &i32;
// MIR-NEXT: let mut _7: &String;
// MIR-NEXT: let mut _8: ();
// MIR-NEXT: debug x => _1;
// MIR-NEXT: debug x => _2;
// MIR-NEXT: debug s => _4;
// MIR-NEXT: debug s => _5;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = const 5_i32;
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = MulWithOverflow(copy _1, const 2_i32);
// MIR-NEXT: assert(!move (_3.1: bool), "attempt to multiply with overflow") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: _2 = move (_3.0: i32);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = String::from(const "first") -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = String::from(const "second") -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = &_2;
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = &_5;
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = println!("{} {}", copy _6, copy _7) -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: drop(_5) -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: drop(_4) -> bb6;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
