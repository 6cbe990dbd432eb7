// An index computed in a loop is not known after it: accepted, panics out of bounds.
fn main() {
    let a = [1, 2, 3];
    let mut i = 0;
    while i < 5 {
        i += 1;
    }
    println!("{}", a[i]);
}
