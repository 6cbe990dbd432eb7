// `&mut` of a moved value.
fn main() {
    let mut a = String::from("a");
    let b = a;
    let m = &mut a;
    m.push('x');
    println!("{}", b);
}
