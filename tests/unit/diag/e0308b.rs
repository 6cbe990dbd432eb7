fn f(x: i64) -> i64 { x }
fn main() {
    let a: i32 = 5;
    let b = f(a);
    let c: String = "x";
    println!("{} {}", b, c);
}
