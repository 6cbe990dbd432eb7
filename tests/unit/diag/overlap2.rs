fn main() {
    let mut v = vec![1];
    let first = &mut v;
    let second = &mut v; first.push(1); second.push(2);
}
