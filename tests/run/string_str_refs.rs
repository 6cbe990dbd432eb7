// &str values: literals, &String coerced to &str, 'static str from functions, len and is_empty.
fn pick(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}
fn first_len(a: &str, b: &str) -> usize {
    a.len() + b.len()
}
fn main() {
    let s: &str = "literal";
    let owned = String::from("owned");
    let r: &str = &owned;
    println!("{} {} {}", s, r, pick(true));
    println!("{}", first_len(s, &owned));
    println!("{}", first_len(pick(false), r));
    let copy = s;
    println!("{} {}", copy, s);
    println!("{}", std::mem::size_of::<&str>());
}
