// Only the `else` arm initialises.
fn run(c: bool) {
    let x: i32;
    if c {
        println!("yes");
    } else {
        x = 2;
    }
    println!("{}", x);
}

fn main() {
    run(false);
}
