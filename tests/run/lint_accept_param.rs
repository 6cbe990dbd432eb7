// A value that comes through a parameter is not known to the lint: accepted, panics.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    println!("{}", add(i32::MAX, 1));
}
