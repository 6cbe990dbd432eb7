// 03: Integers are Copy: assignment duplicates the bytes.
//
// Look at: line 19, `let mut b = a;`, and the two addresses on lines 20-21.
// Expect: `a` and `b` are two different 4-byte slots in main's frame (two
// different addresses). `let mut b = a` copied a's four bytes into b's slot,
// so changing b (line 22) leaves a untouched, and `a` is still usable
// afterwards: nothing was moved. Every type whose value is just its bytes
// (integers, floats, bool, char, and tuples or arrays of them) is Copy.
// Then: passing `a` to a function (line 25) copies it again, into the
// callee's parameter slot; the callee's changes are invisible to main.

fn bump(mut n: i32) -> i32 {
    n += 100;
    n
}

fn main() {
    let a: i32 = 7;
    let mut b = a;
    println!("a = {} at {:p}", a, &a);
    println!("b = {} at {:p}", b, &b);
    b += 1;
    println!("after b += 1: a = {}, b = {}", a, b);
    println!("an i32 is {} bytes", std::mem::size_of::<i32>());
    let c = bump(a);
    println!("bump(a) returned {}, and a is still {}", c, a);
}
