// 07: Moving a String, then giving the moved-from variable a new value.
//
// Look at: line 22, `let t = s;`.
//   A String is not Copy: assigning it MOVES it. The 24-byte header is
//   copied from s's slot to t's slot, but the heap block is not copied, and
//   from then on only t owns it. s still has its stack slot (the same
//   address before and after), but the compiler treats its bytes as gone.
// Expect: t prints "first" and its heap pointer is the one s had (lines
// 21 and 23): one block, new owner. Nothing is freed at the move.
// The commented-out line 24 is where using s would be an error: uncomment
// it and `owl check` (or rustc) reports
//     error[E0382]: borrow of moved value: `s`
// pointing at that line, and labels line 22 "value moved here".
// Then: line 25 stores a brand-new String into s. That is allowed,
// because s was declared `mut`: s owns a new heap block and is usable
// again. At the end of main, t's block and s's new block are both freed,
// each exactly once.

fn main() {
    let mut s = String::from("first");
    println!("s = {}, heap block at {:p}, s itself at {:p}", s, s.as_ptr(), &s);
    let t = s;
    println!("t = {}, heap block at {:p}, t itself at {:p}", t, t.as_ptr(), &t);
    // println!("{}", s);
    s = String::from("second");
    println!("s = {}, heap block at {:p}, s itself at {:p}", s, s.as_ptr(), &s);
    println!("t is still {}", t);
}
