// A reference to a variable of the loop body is used after the loop.
fn main() {
    let zero = 0;
    let mut r = &zero;
    for i in 0..3 {
        let x = i;
        r = &x;
    }
    println!("{}", r);
}
