// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// mir-golden: first_long
// return and break drop what is live in the scopes they leave.
fn first_long(a: String, b: String) -> String {
    if a.len() > 3 {
        return a;
    }
    let c = String::from("c");
    println!("{}", c);
    b
}

fn main() {
    println!("{}", first_long(String::from("ab"), String::from("xyz")));
}

// MIR-LABEL: fn first_long(_1: String, _2: String) -> String {
// MIR-NEXT: let mut _0: String;
// MIR-NEXT: let mut _3: bool;
// MIR-NEXT: let mut _4: usize;
// MIR-NEXT: let mut _5: &str;
// MIR-NEXT: let mut _6: &String;
// MIR-NEXT: let _7: String;
// MIR-NEXT: let mut _8: &String;
// MIR-NEXT: let mut _9: ();
// MIR-NEXT: debug a => _1;
// MIR-NEXT: debug b => _2;
// MIR-NEXT: debug c => _7;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = &_1;
// MIR-NEXT: _5 = move _6 as &str;
// MIR-NEXT: _4 = str::len(move _5) -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: _3 = Gt(move _4, const 3_usize);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: switchInt(move _3) -> [0: bb3, otherwise: bb2];
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: _0 = move _1;
// MIR-NEXT: drop(_2) -> bb7;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = String::from(const "c") -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = &_7;
// MIR-NEXT: StorageLive(_9);
// MIR-NEXT: _9 = println!("{}", copy _8) -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_9);
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: _0 = move _2;
// MIR-NEXT: drop(_7) -> bb6;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: drop(_1) -> bb7;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb7: {
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
