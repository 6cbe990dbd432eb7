// Printing x borrows it, which makes it unknown everywhere: accepted, panics.
fn main() {
    let x = i32::MAX;
    println!("{}", x);
    let y = x + 1;
    println!("{}", y);
}
