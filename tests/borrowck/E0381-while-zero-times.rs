// A `while` loop may run zero times.
fn main() {
    let y: i32;
    let mut k = 0;
    while k < 3 {
        y = 1;
        println!("{}", y);
        k += 1;
    }
    println!("{}", y);
}
