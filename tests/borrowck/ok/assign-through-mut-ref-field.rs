// Writing a field through `&mut`.
fn set(t: &mut (i32, String)) {
    t.0 = 9;
    t.1.push('!');
}

fn main() {
    let mut t = (1, String::from("t"));
    set(&mut t);
    println!("{:?}", t);
}
