// 04: A String keeps its text on the heap.
//
// Look at: the two addresses printed on lines 16 and 19.
//   `literal` points into static memory (see 01). `String::from(literal)`
//   (line 17) asks the allocator for a heap block and copies the five bytes
//   into it, so `owned.as_ptr()` is a different address, in the heap
//   (on Linux, just above the program's static data: 0x55... too, but a
//   higher one).
// Expect: static bytes are read-only and fixed in size; heap bytes belong to
// the String, which can change them and grow them (line 21). When `owned`
// goes out of scope at the end of main, its heap block is freed
// automatically: there is no free() to call, and no way to forget it.

fn main() {
    let literal: &str = "hello";
    println!("literal bytes at {:p} (static)", literal.as_ptr());
    let mut owned = String::from(literal);
    println!("owned: {}", owned);
    println!("owned bytes at   {:p} (heap)", owned.as_ptr());
    println!("literal is still {}", literal);
    owned.push_str(", world");
    println!("after push_str: {} (len {})", owned, owned.len());
}
