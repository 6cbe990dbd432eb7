// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// Format macro arguments are passed by reference in template order; a
// temporary argument is dropped at the end of the statement.
fn main() {
    let x = 42;
    let name = String::from("owl");
    println!("{} is {x:>5}", name);
    let s = format!("{}-{}", x + 1, String::from("tmp"));
    eprintln!("{:?}", s);
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let _1: i32;
// MIR-NEXT: let _2: String;
// MIR-NEXT: let mut _3: &String;
// MIR-NEXT: let mut _4: &i32;
// MIR-NEXT: let mut _5: ();
// MIR-NEXT: let _6: String;
// MIR-NEXT: let mut _7: i32;
// MIR-NEXT: let mut _8: (i32, bool);
// MIR-NEXT: let mut _9: &i32;
// MIR-NEXT: let mut _10: String;
// MIR-NEXT: let mut _11: &String;
// MIR-NEXT: let mut _12: &String;
// MIR-NEXT: let mut _13: ();
// MIR-NEXT: debug x => _1;
// MIR-NEXT: debug name => _2;
// MIR-NEXT: debug s => _6;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = const 42_i32;
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = String::from(const "owl") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = &_2;
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = &_1;
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = println!("{} is {:>5}", copy _3, copy _4) -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: _8 = AddWithOverflow(copy _1, const 1_i32);
// MIR-NEXT: assert(!move (_8.1: bool), "attempt to add with overflow") -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: _7 = move (_8.0: i32);
// MIR-NEXT: StorageLive(_9);
// MIR-NEXT: _9 = &_7;
// MIR-NEXT: StorageLive(_10);
// MIR-NEXT: _10 = String::from(const "tmp") -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: StorageLive(_11);
// MIR-NEXT: _11 = &_10;
// MIR-NEXT: _6 = format!("{}-{}", copy _9, copy _11) -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_11);
// MIR-NEXT: drop(_10) -> bb6;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: StorageDead(_10);
// MIR-NEXT: StorageDead(_9);
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageLive(_12);
// MIR-NEXT: _12 = &_6;
// MIR-NEXT: StorageLive(_13);
// MIR-NEXT: _13 = eprintln!("{:?}", copy _12) -> bb7;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb7: {
// MIR-NEXT: StorageDead(_13);
// MIR-NEXT: StorageDead(_12);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: drop(_6) -> bb8;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb8: {
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: drop(_2) -> bb9;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb9: {
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
