fn f(a: i32) -> i32 {
    if a > 0 {
        1
    }
}
fn main() {
    println!("{}", f(1));
}
