// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// String builtins are calls; methods receive their adjusted receiver, `+`
// moves the left String, `==` on strings calls str::eq.
fn main() {
    let mut s = String::from("ab");
    s.push_str("cd");
    s += "ef";
    let t = s + "gh";
    let same = t == "abcdefgh";
    println!("{} {} {}", t, t.len(), same);
}

// MIR-LABEL: fn main() -> () {
// MIR-NEXT: let mut _0: ();
// MIR-NEXT: let mut _1: String;
// MIR-NEXT: let mut _2: &mut String;
// MIR-NEXT: let mut _3: ();
// MIR-NEXT: let mut _4: &mut String;
// MIR-NEXT: let mut _5: ();
// MIR-NEXT: let _6: String;
// MIR-NEXT: let _7: bool;
// MIR-NEXT: let mut _8: &str;
// MIR-NEXT: let mut _9: &String;
// MIR-NEXT: let mut _10: &str;
// MIR-NEXT: let mut _11: bool;
// MIR-NEXT: let mut _12: &String;
// MIR-NEXT: let mut _13: usize;
// MIR-NEXT: let mut _14: &str;
// MIR-NEXT: let mut _15: &String;
// MIR-NEXT: let mut _16: &usize;
// MIR-NEXT: let mut _17: &bool;
// MIR-NEXT: let mut _18: ();
// MIR-NEXT: debug s => _1;
// MIR-NEXT: debug t => _6;
// MIR-NEXT: debug same => _7;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_1);
// MIR-NEXT: _1 = String::from(const "ab") -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_2);
// MIR-NEXT: _2 = &mut _1;
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = String::push_str(move _2, const "cd") -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: StorageDead(_2);
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = &mut _1;
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = String::add_assign(move _4, const "ef") -> bb3;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb3: {
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = String::add(move _1, const "gh") -> bb4;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb4: {
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: StorageLive(_8);
// MIR-NEXT: StorageLive(_9);
// MIR-NEXT: _9 = &_6;
// MIR-NEXT: _8 = move _9 as &str;
// MIR-NEXT: StorageLive(_10);
// MIR-NEXT: _10 = const "abcdefgh";
// MIR-NEXT: StorageLive(_11);
// MIR-NEXT: _11 = str::eq(copy _8, copy _10) -> bb5;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb5: {
// MIR-NEXT: _7 = move _11;
// MIR-NEXT: StorageDead(_11);
// MIR-NEXT: StorageDead(_10);
// MIR-NEXT: StorageDead(_9);
// MIR-NEXT: StorageDead(_8);
// MIR-NEXT: StorageLive(_12);
// MIR-NEXT: _12 = &_6;
// MIR-NEXT: StorageLive(_13);
// MIR-NEXT: StorageLive(_14);
// MIR-NEXT: StorageLive(_15);
// MIR-NEXT: _15 = &_6;
// MIR-NEXT: _14 = move _15 as &str;
// MIR-NEXT: _13 = str::len(move _14) -> bb6;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb6: {
// MIR-NEXT: StorageLive(_16);
// MIR-NEXT: _16 = &_13;
// MIR-NEXT: StorageLive(_17);
// MIR-NEXT: _17 = &_7;
// MIR-NEXT: StorageLive(_18);
// MIR-NEXT: _18 = println!("{} {} {}", copy _12, copy _16, copy _17) -> bb7;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb7: {
// MIR-NEXT: StorageDead(_18);
// MIR-NEXT: StorageDead(_17);
// MIR-NEXT: StorageDead(_16);
// MIR-NEXT: StorageDead(_15);
// MIR-NEXT: StorageDead(_14);
// MIR-NEXT: StorageDead(_13);
// MIR-NEXT: StorageDead(_12);
// MIR-NEXT: _0 = const ();
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: drop(_6) -> bb8;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb8: {
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_1);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
