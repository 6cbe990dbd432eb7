// 08: Copying a &str copies the pointer, not the text.
//
// Look at: the "bytes at" addresses printed on lines 18 and 19.
//   A &str is a borrowed view: a pointer to some bytes plus a length (16
//   bytes in all). It is Copy, so `let b = a;` (line 17) duplicates those
//   16 bytes into a new stack slot; `a` stays usable (compare 07, where the
//   String was moved).
// Expect: `&a` and `&b` differ (two variables, two slots), but `a.as_ptr()`
// and `b.as_ptr()` are the same address: both views point at the one copy
// of "shared" in static memory.
// Then: `let v: &str = &owned;` (line 23) borrows a String as a &str.
// Its pointer is the String's heap pointer: the view looks straight into
// the String's heap block, again without copying a byte.

fn main() {
    let a: &str = "shared";
    let b = a;
    println!("a = {} (variable at {:p}), bytes at {:p}", a, &a, a.as_ptr());
    println!("b = {} (variable at {:p}), bytes at {:p}", b, &b, b.as_ptr());
    println!("a.len() = {}, b.len() = {}", a.len(), b.len());

    let owned = String::from("on the heap");
    let v: &str = &owned;
    println!("owned's bytes at {:p}", owned.as_ptr());
    println!("v's bytes at     {:p} ({} bytes: {})", v.as_ptr(), v.len(), v);
}
