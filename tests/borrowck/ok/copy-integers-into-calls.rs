// Integers are copied into calls.
fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let n = 21;
    println!("{} {}", double(n), double(n));
    println!("{}", n);
}
