// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// drop(x) moves x into a temporary that is dropped right there; the
// variable is not dropped again at the end of the scope.
fn main() {
    let a = String::from("a");
    let b = String::from("b");
    drop(a);
    println!("{}", b);
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let _1: String;
// MIR-NEXT: let _2: String;
// MIR-NEXT: let mut _3: String;
// MIR-NEXT: let mut _4: &String;
// MIR-NEXT: let mut _5: ();
// MIR-NEXT: debug a => _1;
// MIR-NEXT: debug b => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = String::from(const "a") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = String::from(const "b") -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = move _1;
// MIR-NEXT: drop(_3) -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = &_2;
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = println!("{}", copy _4) -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: drop(_2) -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
