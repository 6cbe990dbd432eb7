// Borrowing the whole tuple while a field is mutably borrowed.
fn main() {
    let mut t = (String::new(), String::new());
    let a = &mut t.0;
    let b = &mut t.1;
    a.push('x');
    b.push('y');
    let c = &t;
    a.push('z');
    println!("{:?}", c);
}
