// Initialised on every path before the use.
fn run(c: bool) {
    let x: i32;
    if c {
        x = 1;
    } else {
        x = 2;
    }
    println!("{}", x);
}

fn main() {
    run(true);
    run(false);
}
