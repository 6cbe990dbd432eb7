// 10: A reference is an address: &T reads through it, &mut T writes.
//
// Look at: line 22. `r` holds the address of `n`; printing `r` with {:p}
// shows that address (the same as `&n`), and `&r` shows where r itself is
// stored: another 8-byte slot in the frame (size_of::<&i32>() is 8).
// Expect: many shared references (`r` and `r2`) may point at n at once, and
// `*r` reads n's value. A `&mut` reference (line 28) is exclusive: while it
// is in use no other reference to n may be used, and writing `*m += 10`
// changes n itself, so n prints 15 afterwards.
// Then: `add_one(&mut n)` (line 33) passes only n's address to the callee:
// the callee's parameter `p` is 8 bytes in its own frame, pointing back into
// main's frame, and the change is visible in main (n becomes 16).

fn add_one(p: &mut i32) {
    println!("add_one: p points at {:p}", p);
    *p += 1;
}

fn main() {
    let mut n: i32 = 5;
    println!("n = {} at {:p}", n, &n);
    let r = &n;
    let r2 = &n;
    println!("r points at {:p}, r itself is at {:p}, *r = {}", r, &r, *r);
    println!("r2 points at {:p}, *r2 = {}", r2, *r2);
    println!("a reference is {} bytes", std::mem::size_of::<&i32>());

    let m = &mut n;
    *m += 10;
    println!("m points at {:p}", m);
    println!("n = {}", n);

    add_one(&mut n);
    println!("after add_one: n = {}", n);
}
