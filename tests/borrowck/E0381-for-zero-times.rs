// A `for` loop may run zero times.
fn main() {
    let x: i32;
    for i in 0..3 {
        x = i;
        println!("{}", x);
    }
    println!("{}", x);
}
