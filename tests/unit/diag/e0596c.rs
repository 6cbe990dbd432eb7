fn main() {
    let s = String::new();
    let r = &s;
    r.push('a');
}
