// push of chars of every UTF-8 length, and push_str of &str and &String arguments.
fn main() {
    let mut s = String::new();
    s.push('$');
    s.push('¢');
    s.push('€');
    s.push('𐍈');
    println!("{} len={}", s, s.len());
    let mut t = String::from("x");
    t.push_str(&s);
    t.push_str("-");
    let u = String::from("u");
    t.push_str(&u);
    println!("{} len={}", t, t.len());
    t.push('\n');
    print!("{}", t);
}
