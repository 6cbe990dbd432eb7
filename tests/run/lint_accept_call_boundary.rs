// A reassigned local is known only up to the end of its block; a call ends it: accepted, panics.
fn helper() {
    println!("helper");
}

fn main() {
    let a = [1, 2, 3];
    let mut i = 0;
    i = i + 7;
    helper();
    println!("{}", a[i]);
}
