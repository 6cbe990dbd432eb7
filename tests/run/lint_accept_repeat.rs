// Elements of a repeat array `[v; n]` are not known: accepted, panics.
fn main() {
    let a = [i32::MAX; 2];
    println!("{}", a[0] + 1);
}
