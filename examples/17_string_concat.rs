// 17: `a + &b` moves a, appends b's bytes into a's block, and returns it.
//
// Look at: the heap pointer of `hello` (line 17) and of `joined` (line 19).
// Expect: `+` on a String takes the LEFT operand by value (a move) and only
// borrows the right one. Because `hello` was created with room for 32
// bytes, " world" fits in its block, so `joined` owns the very same heap
// block: same pointer, no new allocation, no copy of "hello".
// `world` is only borrowed, so it is still usable (line 20); `hello` was
// moved into the `+` and may not be used again (E0382).
// Then: `+=` (line 21) appends in place too; `&world` is a &String that
// Rust turns into the &str that `+` wants (deref coercion).

fn main() {
    let mut hello = String::with_capacity(32);
    hello.push_str("hello");
    let world = String::from(" world");
    println!("hello: heap {:p} cap {}", hello.as_ptr(), hello.capacity());
    let mut joined = hello + &world;
    println!("joined = {:?}: heap {:p} cap {}", joined, joined.as_ptr(), joined.capacity());
    println!("world is still {:?}", world);
    joined += "!";
    joined += &world;
    println!("joined = {:?} len {} cap {}", joined, joined.len(), joined.capacity());
}
