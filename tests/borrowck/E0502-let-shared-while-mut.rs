// `&s` while `&mut s` is alive.
fn main() {
    let mut s = String::new();
    let r = &mut s;
    let t = &s;
    r.push('a');
    println!("{}", t);
}
