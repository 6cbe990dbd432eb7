// Evaluation order: operands left to right, arguments left to right, assignment rhs before lhs index.
fn v(tag: &str, x: i32) -> i32 {
    println!("{}", tag);
    x
}
fn three(a: i32, b: i32, c: i32) -> i32 {
    a * 100 + b * 10 + c
}
fn main() {
    let s = v("lhs", 1) + v("rhs", 2) * v("rhs2", 3);
    println!("= {}", s);
    println!("= {}", three(v("a1", 1), v("a2", 2), v("a3", 3)));
    let mut a = [0; 3];
    a[v("index", 1) as usize] = v("value", 9);
    println!("{:?}", a);
    let t = (v("t0", 0), v("t1", 1));
    println!("{:?}", t);
}
