// Through a `&String` parameter.
fn add(s: &String) {
    s.push_str("!");
}

fn main() {
    let mut t = String::from("hi");
    add(&t);
    t.push('?');
    println!("{}", t);
}
