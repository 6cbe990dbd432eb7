// 19: An integer has a fixed number of bytes; overflow panics (debug build).
//
// Look at: the loop on lines 25-28 and the message on stderr.
// Expect: a u8 is one byte, so it holds 0..=255. The loop adds 50 six times:
// 0, 50, ... 250, and the sixth `+ 50` would need 300, which does not fit.
// A debug build (owl build, like rustc without -O) checks every addition and
// stops the program with a panic instead of silently wrapping:
//     thread 'main' (PID) panicked at 19_integer_overflow.rs:27:17:
//     attempt to add with overflow
// on stderr, and exit status 101. Everything printed before stays printed;
// line 29 is never reached.
// Then: with -O (owl build -O, rustc -O) the check is gone and the value
// wraps around: 300 - 256 = 44, printed by line 29. The step comes from a
// function call because rustc rejects at compile time an overflow it can
// see in plain constants.

fn step() -> u8 {
    50
}

fn main() {
    let mut total: u8 = 0;
    let add = step();
    println!("a u8 is {} byte, max {}", std::mem::size_of::<u8>(), u8::MAX);
    for _ in 0..6 {
        println!("total = {}", total);
        total = total + add;
    }
    println!("final total = {}", total);
}
