// Reading Copy elements out of an array does not move them.
fn main() {
    let a = [10, 20, 30];
    let x = a[1];
    let y = a[1];
    println!("{} {} {:?}", x, y, a);
}
