// Writing past the end of an array through a &mut panics with the bounds-check message.
fn set(a: &mut [u8; 4], i: usize, v: u8) {
    a[i] = v;
}
fn main() {
    let mut a = [0u8; 4];
    set(&mut a, 3, 7);
    println!("{:?}", a);
    set(&mut a, 4, 9);
    println!("{:?}", a);
}
