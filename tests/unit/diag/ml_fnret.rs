fn f(a: i32) -> String {
    if a > 0 {
        return String::new();
    }
    let b = a + 1;
    let c = b + 2;
    let d = c + 3;
    println!("{}", d);
    d
}
fn main() {
    f(1);
}
