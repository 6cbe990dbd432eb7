fn main() {
    let mut v = vec![1];
    let r = &mut v;
    v.push(r.len());
}
