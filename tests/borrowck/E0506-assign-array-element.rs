// Assigning an element of a borrowed array.
fn main() {
    let mut a = [1, 2, 3];
    let r = &a[0];
    a[1] = 5;
    println!("{} {:?}", r, a);
}
