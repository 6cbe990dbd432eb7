// Functions with parameters and return values, implicit tail return, explicit return, unit functions.
fn add(a: i32, b: i32) -> i32 {
    a + b
}
fn square(x: f64) -> f64 {
    return x * x;
}
fn greet(name: &str) {
    println!("hello {}", name);
}
fn pair() -> (u8, char) {
    (1, 'p')
}
fn main() {
    println!("{}", add(2, 3));
    println!("{}", square(1.5));
    greet("fn");
    println!("{:?}", pair());
    println!("{}", add(add(1, 2), add(3, 4)));
}
