fn f(x: i32) {
    x = 5;
    println!("{}", x);
}
fn main() {
    f(1);
}
