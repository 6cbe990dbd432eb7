// 13: A static is one place in memory; a const is a value pasted where used.
//
// Look at: the addresses of LIMIT, printed from main and from report (lines
// 27 and 23).
// Expect: `static LIMIT` is a single 4-byte object in the executable's data,
// created before main runs and alive until the program ends; every use, in
// every function, refers to that one address. Both lines print the same
// address, and it is far from the stack addresses (compare `local`, line
// 30).
// A `const` has no home of its own: `SCALE` is a value that the compiler
// substitutes at each use, like a literal. `let a = SCALE;` copies that
// value into a's own stack slot (line 31).
// Then: consts and statics can be computed from other constants at compile
// time (line 19); GREETING is a &str whose bytes are static data too.

static LIMIT: i32 = 100;
const SCALE: i32 = 3;
const LIMIT_HINT: i32 = 7;
const BIG: i32 = LIMIT_HINT * SCALE;
static GREETING: &str = "hi from static memory";

fn report() {
    println!("report: LIMIT = {} at {:p}", LIMIT, &LIMIT);
}

fn main() {
    println!("main:   LIMIT = {} at {:p}", LIMIT, &LIMIT);
    report();
    let local = 1;
    println!("main:   local = {} at {:p}", local, &local);
    let a = SCALE;
    println!("a = SCALE = {} at {:p}", a, &a);
    println!("BIG = {}", BIG);
    println!("{} ({} bytes at {:p})", GREETING, GREETING.len(), GREETING.as_ptr());
}
