// Initialised only when the `if` condition holds.
fn run(c: bool) {
    let x: i32;
    if c {
        x = 1;
    }
    println!("{}", x);
}

fn main() {
    run(true);
}
