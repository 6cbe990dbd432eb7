// Passing &String and &mut String to functions: reading length, appending through the reference.
fn describe(s: &String) -> usize {
    s.len()
}
fn shout(s: &mut String) {
    s.push_str("!!!");
}
fn takes_str(s: &str) -> bool {
    s.is_empty()
}
fn main() {
    let mut s = String::from("hey");
    println!("{}", describe(&s));
    shout(&mut s);
    shout(&mut s);
    println!("{} {}", s, describe(&s));
    println!("{} {}", takes_str(&s), takes_str(""));
    let r = &mut s;
    r.push('?');
    shout(r);
    println!("{} cap={}", s, s.capacity());
}
