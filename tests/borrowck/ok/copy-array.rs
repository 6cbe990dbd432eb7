// Arrays of Copy types are Copy.
fn main() {
    let a = [1u8, 2, 3];
    let b = a;
    println!("{:?} {:?}", a, b);
}
