// 18: Dropping a String frees its heap block; scope end drops automatically.
//
// Look at: the heap pointers of `first` (line 15) and `second` (line 18).
// Expect: `drop(first)` (line 16) moves `first` into drop, which frees its
// heap block right away. The next String of the same size (line 17)
// usually gets the block just freed, so it often prints the same address:
// the memory was really given back. (Whether it is reused is up to the
// allocator, glibc malloc for both rustc's and owl's programs.)
// Then: inside the block on lines 19-22, `temp` is dropped (its block freed)
// at the closing brace, with no call needed. After drop(first), `first` is
// moved-from: using it would be error E0382.

fn main() {
    let first = String::from("first block");
    println!("first:  {:?} heap {:p}", first, first.as_ptr());
    drop(first);
    let second = String::from("second one!");
    println!("second: {:?} heap {:p}", second, second.as_ptr());
    {
        let temp = String::from("temporary");
        println!("temp:   {:?} heap {:p}", temp, temp.as_ptr());
    }
    println!("temp was freed at the closing brace");
}
