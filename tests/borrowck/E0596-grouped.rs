// Several `&mut` of the same immutable binding: one error about the binding.
fn main() {
    let u = (String::new(), 1);
    u.0.push('c');
    let m = &mut u.0;
    m.push('d');
    println!("{:?}", u);
}
