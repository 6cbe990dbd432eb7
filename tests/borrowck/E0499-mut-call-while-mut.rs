// Passing `&mut s` while another `&mut s` is used afterwards.
fn touch(s: &mut String) {
    s.push('a');
}

fn main() {
    let mut s = String::from("x");
    let r = &mut s;
    touch(&mut s);
    r.push('b');
}
