// Initialised only in an inner `if`.
fn run(a: bool, b: bool) {
    let x: i32;
    if a {
        if b {
            x = 1;
        }
    } else {
        x = 2;
    }
    println!("{}", x);
}

fn main() {
    run(true, false);
}
