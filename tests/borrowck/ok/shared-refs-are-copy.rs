// `&String` is Copy: passing it twice is fine.
fn len_of(s: &String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("shared");
    let r = &s;
    println!("{} {}", len_of(r), len_of(r));
    println!("{}", s);
}
