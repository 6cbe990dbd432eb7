// `if c { MAX } else { 0 }` assigns in two blocks, so the sum is not known: accepted, panics.
fn show(c: bool) {
    let x = if c { i32::MAX } else { 0 };
    println!("{}", x + 1);
}

fn main() {
    let c = true;
    let y = if c { i32::MAX } else { 0 };
    println!("{}", y - 1);
    show(false);
    show(true);
}
