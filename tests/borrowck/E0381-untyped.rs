// No type annotation: the suggestion goes after the name.
fn main() {
    let x;
    let y: i64 = x;
    println!("{}", y);
}
