// 16: A fixed array lives inline, in the frame, and is Copy if its elements are.
//
// Look at: the addresses of the elements of `a` (lines 25-27).
// Expect: `[i32; 3]` is 12 bytes: three i32s side by side, each 4 bytes after
// the previous one (the addresses step by 4). No heap is involved; the
// length 3 is part of the type, not stored anywhere.
// `let mut b = a;` (line 28) copies all 12 bytes into a new slot, so
// writing b[0] (line 29) leaves a unchanged, and a stays usable.
// Then: an array of Strings would not be Copy: copying the 24-byte headers
// would give two owners for each heap block, so such an array moves instead.
// An index is checked at run time: a[i] with i >= 3 panics with
// "index out of bounds" (see 19 for a panic).

fn total(arr: [i32; 3]) -> i32 {
    let mut sum = 0;
    for i in 0..3 {
        sum += arr[i];
    }
    sum
}

fn main() {
    let a: [i32; 3] = [10, 20, 30];
    println!("a = {:?}, {} bytes at {:p}", a, std::mem::size_of::<[i32; 3]>(), &a);
    println!("a[0] at {:p}", &a[0]);
    println!("a[1] at {:p}", &a[1]);
    println!("a[2] at {:p}", &a[2]);
    let mut b = a;
    b[0] = 99;
    println!("a = {:?} at {:p}", a, &a);
    println!("b = {:?} at {:p}", b, &b);
    println!("total(a) = {}, total(b) = {}", total(a), total(b));
    let zeros = [0u8; 5];
    println!("[0u8; 5] = {:?}, {} bytes", zeros, std::mem::size_of::<[u8; 5]>());
}
