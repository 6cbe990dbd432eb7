// rustc accepts `x += 1` on a mutable MAX that println! borrows (the lint knows nothing of a borrowed local); it panics at run time.
fn main() {
    let mut x: i32 = i32::MAX;
    x += 1;
    println!("{}", x);
}
