// Any index into a zero-length array panics: "the len is 0 but the index is 0".
fn get(a: [i32; 0], i: usize) -> i32 {
    a[i]
}
fn main() {
    let a: [i32; 0] = [];
    println!("{:?}", a);
    println!("{}", get(a, 0));
}
