// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// Values are dropped at the end of their scope in reverse declaration order,
// arguments after the locals of the function.
fn f(p1: String, p2: String) {
    let l = String::from("local");
    println!("{} {} {}", p1, p2, l);
}

fn main() {
    let a = String::from("a");
    let b = String::from("b");
    {
        let c = String::from("c");
        println!("{}", c);
    }
    f(a, b);
}

// MIR-LABEL: fn f(_1: String, _2: String) -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let _3: String;
// MIR-NEXT: let mut _4: &String;
// MIR-NEXT: let mut _5: &String;
// MIR-NEXT: let mut _6: &String;
// MIR-NEXT: let mut _7: ();
// MIR-NEXT: debug p1 => _1;
// MIR-NEXT: debug p2 => _2;
// MIR-NEXT: debug l => _3;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = String::from(const "local") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = &_1;
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = &_2;
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = &_3;
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = println!("{} {} {}", copy _4, copy _5, copy _6) -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: drop(_3) -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: drop(_2) -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: drop(_1) -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let _1: String;
// MIR-NEXT: let _2: String;
// MIR-NEXT: let _3: String;
// MIR-NEXT: let mut _4: &String;
// MIR-NEXT: let mut _5: ();
// MIR-NEXT: let mut _6: ();
// MIR-NEXT: debug a => _1;
// MIR-NEXT: debug b => _2;
// MIR-NEXT: debug c => _3;
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
// MIR-NEXT: _3 = String::from(const "c") -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = &_3;
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = println!("{}", copy _4) -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: drop(_3) -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = f(move _1, move _2) -> bb6;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
