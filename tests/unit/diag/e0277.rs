fn main() {
    let a: i32 = 1;
    let b: i64 = 2;
    let c: i32 = a + b;
    println!("{}", c);
}
