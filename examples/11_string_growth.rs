// 11: A String grows by reallocating: capacity doubles.
//
// Look at: the capacity column printed by the loop on lines 18-21.
// Expect: String::new() allocates nothing (capacity 0; its pointer is a
// placeholder, 0x1). The first push allocates 8 bytes (the minimum for a
// buffer of bytes); when a push does not fit, the String asks for a bigger
// block (twice the old capacity, or more if one push needs more), copies
// the bytes over and frees the old block. So capacity goes 0, 8, 16, 32
// while len goes up by one each time. The heap pointer can change only when
// the capacity changes, and only if the allocator could not grow the block
// where it was (glibc often can, so here it may stay the same).
// Then: with_capacity (line 23) reserves room up front, so the same
// 20 pushes never reallocate: the capacity stays 20.

fn main() {
    let mut s = String::new();
    println!("new: len {} cap {} ptr {:p}", s.len(), s.capacity(), s.as_ptr());
    for i in 0..20 {
        s.push('a');
        println!("push {:2}: len {:2} cap {:2} ptr {:p}", i + 1, s.len(), s.capacity(), s.as_ptr());
    }

    let mut r = String::with_capacity(20);
    let before = r.capacity();
    for _ in 0..20 {
        r.push('b');
    }
    println!("with_capacity(20): cap before {}, after 20 pushes {}", before, r.capacity());

    let mut w = String::from("hello");
    w.push_str(" world");
    println!("{:?}: len {} cap {} (5 doubled is 10, too small for 11)", w, w.len(), w.capacity());
}
