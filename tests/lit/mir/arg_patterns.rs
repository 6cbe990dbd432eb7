// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// mir-golden: pair first
// Argument patterns move parts of the argument local into variables; what
// is left of the argument is dropped after the function's variables, field
// by field; a `_` argument is dropped with the other arguments.
fn pair((a, _): (String, String), _: String) -> usize {
    a.len()
}

fn first((x, y): (String, u8)) -> String {
    println!("{}", y);
    x
}

fn main() {
    let n = pair((String::from("a"), String::from("b")), String::from("c"));
    println!("{} {}", n, first((String::from("x"), 1)));
}

// MIR-LABEL: fn pair(_1: (String, String), _2: String) -> usize {
// MIR-NEXT: let mut _0: usize;
// MIR-NEXT: let _3: String;
// MIR-NEXT: let mut _4: &str;
// MIR-NEXT: let mut _5: &String;
// MIR-NEXT: debug a => _3;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = move (_1.0: String);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = &_3;
// MIR-NEXT: _4 = move _5 as &str;
// MIR-NEXT: _0 = str::len(move _4) -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: drop(_3) -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: drop(_2) -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: drop((_1.1: String)) -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
// MIR-LABEL: fn first(_1: (String, u8)) -> String {
// MIR-NEXT: let mut _0: String;
// MIR-NEXT: let _2: String;
// MIR-NEXT: let _3: u8;
// MIR-NEXT: let mut _4: &u8;
// MIR-NEXT: let mut _5: ();
// MIR-NEXT: debug x => _2;
// MIR-NEXT: debug y => _3;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = move (_1.0: String);
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = copy (_1.1: u8);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = &_3;
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = println!("{}", copy _4) -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: _0 = move _2;
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
