// 14: clone() copies the heap bytes into a new block; a move does not.
//
// Look at: the heap pointers of `a` and `b` (lines 17 and 18).
// Expect: `let b = a.clone();` (line 16) allocates a second heap block and
// copies a's bytes into it, so the two pointers differ and both Strings are
// usable: each owns its own block, and each block is freed once, when its
// owner goes out of scope. Changing b (line 19) does not change a.
// Note the capacities: `a` was made with room for 32 bytes, but the clone
// gets exactly as much as it needs (capacity = len = 5).
// Then: `let c = a;` (line 21) is a move: c gets a's pointer, no new block,
// and a may not be used afterwards (see 07).

fn main() {
    let mut a = String::with_capacity(32);
    a.push_str("hello");
    let mut b = a.clone();
    println!("a = {:?} len {} cap {} heap {:p}", a, a.len(), a.capacity(), a.as_ptr());
    println!("b = {:?} len {} cap {} heap {:p}", b, b.len(), b.capacity(), b.as_ptr());
    b.push('!');
    println!("after b.push('!'): a = {:?}, b = {:?}", a, b);
    let c = a;
    println!("c = {:?} heap {:p} (the block a had)", c, c.as_ptr());
}
