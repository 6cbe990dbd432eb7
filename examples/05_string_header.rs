// 05: A String is a 24-byte header on the stack plus a block on the heap.
//
// Look at: the values printed on lines 20-24.
//   The header (the variable `s` itself, in main's frame) holds three
//   8-byte words: a pointer to the heap block, the capacity (how many bytes
//   the block has room for) and the length (how many are in use). rustc 1.95
//   happens to store them as capacity, pointer, length.
// Expect: `&s` (line 22) is a stack address; `s.as_ptr()` (line 23) is the
// heap address stored inside the header. `String::with_capacity(16)` made a
// 16-byte block, so after pushing 5 bytes len is 5 and capacity is still 16:
// there is room to grow without moving.
// Then: size_of::<String>() is 24 however long the text is (line 25); the
// text's size only shows up on the heap.

fn main() {
    let mut s = String::with_capacity(16);
    println!("empty: len {} capacity {}", s.len(), s.capacity());
    s.push_str("hello");
    println!("s = {:?}", s);
    println!("len      = {}", s.len());
    println!("capacity = {}", s.capacity());
    println!("&s       = {:p} (the header, on the stack)", &s);
    println!("as_ptr   = {:p} (the text, on the heap)", s.as_ptr());
    println!("is_empty = {}", s.is_empty());
    println!("size_of::<String>() = {}", std::mem::size_of::<String>());
}
