// Two `&mut` to the same String alive at once.
fn main() {
    let mut s = String::from("a");
    let a = &mut s;
    let b = &mut s;
    a.push('x');
    b.push('y');
}
