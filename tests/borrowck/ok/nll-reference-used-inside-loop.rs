// A reference to a variable of the loop body, used only inside the body.
fn main() {
    let zero = 0;
    let mut r = &zero;
    println!("{}", r);
    for i in 0..3 {
        let x = i * 2;
        r = &x;
        println!("{}", r);
    }
}
