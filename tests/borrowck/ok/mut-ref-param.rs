// Writing through a `&mut` parameter.
fn add(s: &mut String) {
    s.push_str("!");
}

fn bump(n: &mut i32) {
    *n += 1;
}

fn main() {
    let mut s = String::from("hi");
    add(&mut s);
    let mut k = 1;
    bump(&mut k);
    println!("{} {}", s, k);
}
