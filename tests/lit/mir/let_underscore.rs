// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// `let _ = place;` does not move; `let _ = value;` drops the value at once;
// `let _x = value;` keeps it to the end of the scope.
fn main() {
    let s = String::from("kept");
    let _ = s;
    let _ = String::from("dropped now");
    let _x = String::from("dropped last");
    println!("{}", s);
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let _1: String;
// MIR-NEXT: let mut _2: String;
// MIR-NEXT: let _3: String;
// MIR-NEXT: let mut _4: &String;
// MIR-NEXT: let mut _5: ();
// MIR-NEXT: debug s => _1;
// MIR-NEXT: debug _x => _3;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = String::from(const "kept") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = String::from(const "dropped now") -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: drop(_2) -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = String::from(const "dropped last") -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = &_1;
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = println!("{}", copy _4) -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
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
