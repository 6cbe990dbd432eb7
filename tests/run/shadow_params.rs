// Shadowing function parameters, and a shadowed value still used through a reference taken earlier.
fn f(n: i32, s: &str) -> String {
    let n = n + 1;
    let s = s.to_string() + "!";
    let n = n * 2;
    format!("{} {}", s, n)
}
fn main() {
    println!("{}", f(4, "hi"));
    let a = 10;
    let r = &a;
    let a = 20;
    println!("{} {}", r, a);
    let (a, b) = (a + 1, a + 2);
    println!("{} {}", a, b);
}
