// Passing `&mut s` while `&s` is used afterwards.
fn takes(r: &String) -> usize {
    r.len()
}

fn touch(s: &mut String) {
    s.push('a');
}

fn main() {
    let mut s = String::from("x");
    let r = &s;
    touch(&mut s);
    println!("{}", takes(r));
}
