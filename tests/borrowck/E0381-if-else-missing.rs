// The `else` arm does not initialise.
fn run(c: bool) {
    let x: i32;
    if c {
        x = 1;
    } else {
        println!("no");
    }
    println!("{}", x);
}

fn main() {
    run(false);
}
