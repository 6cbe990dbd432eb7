// 15: Passing a String to a function: borrow it, or give it away.
//
// Look at: the heap pointers printed inside `measure` and `consume` (lines
// 16 and 26), compared with main's (line 32).
// Expect: `measure(&s)` (line 33) passes an 8-byte reference to s. The
// callee reads the String through it (the same heap pointer), and when
// measure returns, s is still main's: main keeps using it.
// `consume(s)` (line 37) MOVES s into the callee's parameter: the 24-byte
// header is copied into consume's frame and consume now owns the heap block.
// At the end of consume the block is freed, before main prints its last
// line. After the call, main may not use s (error E0382 if it tried).
// Then: `describe(&s)` with a `&str` parameter works too: rustc (and owl)
// turn a &String into a &str automatically (deref coercion, line 35).

fn measure(r: &String) -> usize {
    println!("measure: sees {:?}, heap {:p}", r, r.as_ptr());
    r.len()
}

fn describe(t: &str) -> usize {
    println!("describe: sees {:?}, heap {:p}", t, t.as_ptr());
    t.len()
}

fn consume(owned: String) {
    println!("consume: owns {:?}, heap {:p}", owned, owned.as_ptr());
    println!("consume: returning, the block is freed now");
}

fn main() {
    let s = String::from("borrowed, then given");
    println!("main: s heap {:p}", s.as_ptr());
    let n = measure(&s);
    println!("main: measure said {}, s is still {:?}", n, s);
    let m = describe(&s);
    println!("main: describe said {}", m);
    consume(s);
    println!("main: s was moved into consume");
}
