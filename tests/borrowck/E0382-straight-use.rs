// Moving the same String twice: the second move is a "use" of a moved value.
fn main() {
    let a = String::from("abc");
    let b = a;
    let c = a;
    println!("{} {}", b, c);
}
