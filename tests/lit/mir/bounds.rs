// RUN: %owl build %s --dump-mir -o /dev/null | FileCheck %s --check-prefix=MIR
// mir-golden: get get2 by_ref
// Indexing checks the index against the array length before the place is
// used; nested indexing checks each level; a reference to an array is
// dereferenced first.
fn get(a: [i32; 3], i: usize) -> i32 {
    a[i]
}

fn get2(m: [[u8; 2]; 4], i: usize, j: usize) -> u8 {
    m[i][j]
}

fn by_ref(r: &[i32; 3], i: usize) -> i32 {
    r[i]
}

fn main() {
    let a = [1, 2, 3];
    println!("{} {} {}", get(a, 1), get2([[0; 2]; 4], 3, 1), by_ref(&a, 2));
}

// MIR-LABEL: fn get(_1: [i32; 3], _2: usize) -> i32 {
// MIR-NEXT: let mut _0: i32;
// MIR-NEXT: let mut _3: usize;
// MIR-NEXT: let mut _4: bool;
// MIR-NEXT: debug a => _1;
// MIR-NEXT: debug i => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = copy _2;
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = Lt(copy _3, const 3_usize);
// MIR-NEXT: assert(move _4, "index out of bounds: the len is {} but the index is {}", const 3_usize, copy _3) -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: _0 = copy _1[_3];
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
// MIR-LABEL: fn get2(_1: {{\[\[}}u8; 2]; 4], _2: usize, _3: usize) -> u8 {
// MIR-NEXT: let mut _0: u8;
// MIR-NEXT: let mut _4: usize;
// MIR-NEXT: let mut _5: bool;
// MIR-NEXT: let mut _6: usize;
// MIR-NEXT: let mut _7: bool;
// MIR-NEXT: debug m => _1;
// MIR-NEXT: debug i => _2;
// MIR-NEXT: debug j => _3;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = copy _2;
// MIR-NEXT: StorageLive(_5);
// MIR-NEXT: _5 = Lt(copy _4, const 4_usize);
// MIR-NEXT: assert(move _5, "index out of bounds: the len is {} but the index is {}", const 4_usize, copy _4) -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: StorageLive(_6);
// MIR-NEXT: _6 = copy _3;
// MIR-NEXT: StorageLive(_7);
// MIR-NEXT: _7 = Lt(copy _6, const 2_usize);
// MIR-NEXT: assert(move _7, "index out of bounds: the len is {} but the index is {}", const 2_usize, copy _6) -> bb2;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb2: {
// MIR-NEXT: _0 = copy _1[_4][_6];
// MIR-NEXT: StorageDead(_7);
// MIR-NEXT: StorageDead(_6);
// MIR-NEXT: StorageDead(_5);
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
// MIR-LABEL: fn by_ref(_1: &[i32; 3], _2: usize) -> i32 {
// MIR-NEXT: let mut _0: i32;
// MIR-NEXT: let mut _3: usize;
// MIR-NEXT: let mut _4: bool;
// MIR-NEXT: debug r => _1;
// MIR-NEXT: debug i => _2;
// MIR-EMPTY:
// MIR-NEXT: bb0: {
// MIR-NEXT: StorageLive(_3);
// MIR-NEXT: _3 = copy _2;
// MIR-NEXT: StorageLive(_4);
// MIR-NEXT: _4 = Lt(copy _3, const 3_usize);
// MIR-NEXT: assert(move _4, "index out of bounds: the len is {} but the index is {}", const 3_usize, copy _3) -> bb1;
// MIR-NEXT: }
// MIR-EMPTY:
// MIR-NEXT: bb1: {
// MIR-NEXT: _0 = copy (*_1)[_3];
// MIR-NEXT: StorageDead(_4);
// MIR-NEXT: StorageDead(_3);
// MIR-NEXT: return;
// MIR-NEXT: }
// MIR-NEXT: }
