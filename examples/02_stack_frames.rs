// 02: Every call gets its own stack frame.
//
// Look at: the addresses of the locals printed by main, middle and inner.
//   main calls middle, middle calls inner. Each call pushes a frame with
//   room for that function's locals (and its parameters, which are locals
//   too); returning pops it.
// Expect: on x86-64 Linux the stack grows toward LOWER addresses, so the
// deeper the call, the smaller the address: inner's `z` (line 31) is below
// middle's `y` (line 25), which is below main's `x` (line 17). The exact
// digits change from run to run (address space layout randomisation), the
// order does not.
// Then: main calls middle a second time (line 20). The new frame reuses the
// same memory as the first call, so its addresses are the same again:
// a frame lives exactly as long as its call.

fn main() {
    let x: i32 = 1;
    println!("main:   x = {} at {:p}", x, &x);
    let r1 = middle(x);
    let r2 = middle(r1);
    println!("main:   back in main, r2 = {}", r2);
}

fn middle(n: i32) -> i32 {
    let y: i32 = n * 10;
    println!("middle: y = {} at {:p} (param n at {:p})", y, &y, &n);
    inner(y) + 1
}

fn inner(m: i32) -> i32 {
    let z: i32 = m + 5;
    println!("inner:  z = {} at {:p}", z, &z);
    z
}
