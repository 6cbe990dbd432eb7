// A `mut` parameter may be assigned.
fn f(mut x: i32) -> i32 {
    x += 10;
    x
}

fn main() {
    println!("{}", f(1));
}
