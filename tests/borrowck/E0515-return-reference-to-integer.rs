// A reference to a local integer.
fn f(x: &i32) -> &i32 {
    let y = *x + 1;
    &y
}

fn main() {
    println!("{}", f(&1));
}
