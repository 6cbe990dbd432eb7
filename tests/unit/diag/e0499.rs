fn main() {
    let mut s = String::new();
    let a = &mut s;
    let b = &mut s;
    a.push('!');
    b.push('?');
}
