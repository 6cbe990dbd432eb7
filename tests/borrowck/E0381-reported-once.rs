// One error per binding.
fn main() {
    let x: i32;
    let a = x;
    let b = x;
    println!("{} {}", a, b);
}
