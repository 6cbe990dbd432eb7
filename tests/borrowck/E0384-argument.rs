// A parameter is immutable unless declared `mut`.
fn f(x: i32) -> i32 {
    println!("{}", x);
    x = 5;
    x
}

fn main() {
    println!("{}", f(1));
}
