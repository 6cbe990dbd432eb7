// A tuple pattern in a parameter.
fn f((a, b): (i32, i32)) -> i32 {
    println!("{}", a);
    a = 5;
    a + b
}

fn main() {
    println!("{}", f((1, 2)));
}
