// The variable of a `for` loop.
fn main() {
    for i in 0..3 {
        println!("{}", i);
        i = 5;
        println!("{}", i);
    }
}
