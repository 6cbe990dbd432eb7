// 01: A string literal lives in static memory.
//
// Look at: the two addresses printed on lines 18 and 19.
//   `&greeting` is where the variable lives: a slot in main's stack frame
//   (an address like 0x7ffd...). `greeting.as_ptr()` is where the bytes
//   "hello" live: in the executable's read-only data, loaded before main runs
//   (an address like 0x55..., near the program's code, far from the stack).
// Expect: the variable is only 16 bytes, a pointer and a length (line 20); the
// text itself is not on the stack. It exists for the whole run of the
// program, which is why a literal's type is `&'static str`.
// Then: the loop on lines 22-25 creates a fresh `tick` variable three times,
// but every one points at the same static bytes (the same address three
// times): a literal is never copied or allocated.

fn main() {
    let greeting: &str = "hello";
    println!("text: {}", greeting);
    println!("the variable greeting is at {:p} (stack)", &greeting);
    println!("its bytes start at          {:p} (static)", greeting.as_ptr());
    println!("size of a &str: {} bytes (pointer + length)", std::mem::size_of::<&str>());
    println!("length: {} bytes", greeting.len());
    for i in 0..3 {
        let tick = "tick";
        println!("round {}: {} at {:p}", i, tick, tick.as_ptr());
    }
}
